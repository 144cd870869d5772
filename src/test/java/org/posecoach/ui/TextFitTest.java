package org.posecoach.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.posecoach.motion.AnalyzerSnapshot;
import org.posecoach.motion.rep.Phase;
import org.posecoach.motion.vocabulary.AnalyzerState;
import org.posecoach.motion.vocabulary.BodyPosition;
import org.posecoach.motion.vocabulary.Cue;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.FormIssue;
import org.posecoach.motion.vocabulary.MotionEvent;
import org.posecoach.motion.vocabulary.Severity;
import org.posecoach.motion.vocabulary.Side;
import org.posecoach.routine.Routine;
import org.posecoach.routine.RoutineLibrary;
import org.posecoach.routine.RoutineLoader;
import org.posecoach.routine.RoutineStep;
import org.posecoach.session.SessionEvent;
import org.posecoach.session.SessionPhase;
import org.posecoach.session.SessionSnapshot;
import org.posecoach.store.ExerciseTrend;
import org.posecoach.store.FormEventRecord;
import org.posecoach.store.RepRecord;
import org.posecoach.store.SessionDetail;
import org.posecoach.store.SessionId;
import org.posecoach.store.SessionStatus;
import org.posecoach.store.SessionSummary;
import org.posecoach.store.StepDetail;
import org.posecoach.store.StepId;
import org.posecoach.store.StepStatus;
import org.posecoach.store.StepSummary;
import org.posecoach.store.TrendPoint;
import org.posecoach.ui.coach.Chime;
import org.posecoach.ui.coach.CoachView;
import org.posecoach.ui.coach.CoachViewModel;
import org.posecoach.ui.coach.LiveStats;
import org.posecoach.ui.live.SessionControls;
import org.posecoach.ui.start.StartView;
import org.posecoach.ui.start.StartViewModel;
import org.posecoach.ui.summary.SummaryView;
import org.posecoach.ui.summary.SummaryViewModel;

/**
 * Every screen, at the window's default 1280×720 and at 1920×1080, filled with the longest content
 * a user meets (a supine step's set-up guidance, a session ended early, both-sided counts, a long
 * trend), lays out without cutting any label's text short: the text each label draws is its whole
 * text, no ellipsis. Saved as {@code target/screenshots/fit-<screen>-<size>.png} to look at.
 */
class TextFitTest {
  private static final Routine MORNING =
      RoutineLoader.load(Path.of("routines", "morning-low-back.yaml"));

  /** The morning routine under a long name, as a user may call a copy of it. */
  private static final Routine LONG_NAMED = longNamed();

  private static final Instant START = Instant.parse("2026-11-25T07:30:00Z");

  private static final SessionControls NOTHING = NoControls.NOTHING;

  private static Routine longNamed() {
    try {
      String yaml = java.nio.file.Files.readString(Path.of("routines", "morning-low-back.yaml"));
      return RoutineLoader.load(
          yaml.replaceFirst(
              "(?m)^name: .*$", "name: Morning low back, the gentle version for stiff days"),
          "long-name.yaml");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Stream<Arguments> screens() {
    List<Arguments> all = new ArrayList<>();
    for (String screen : List.of("start", "coach-guidance", "coach-counting", "summary")) {
      all.add(Arguments.of(screen, 1280, 720));
      all.add(Arguments.of(screen, 1920, 1080));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} at {1}×{2}")
  @MethodSource("screens")
  void noLabelIsCutShort(String screen, int width, int height) throws Exception {
    Fx.start();
    Scene scene =
        Fx.call(
            () -> {
              Scene s = new Scene(build(screen), width, height);
              Theme.apply(s);
              s.getRoot().applyCss();
              s.getRoot().layout();
              return s;
            });
    // A snapshot runs the layout pulses the tables need to create their cells.
    Fx.screenshot(
        scene, CoachAppTest.SHOTS.resolve("fit-" + screen + "-" + width + "x" + height + ".png"));
    List<String> cut = Fx.call(() -> cutShort(scene.getRoot()));
    assertEquals(List.of(), cut, screen + " at " + width + "×" + height + ": labels cut short");
  }

  /**
   * "full text → drawn text" of every shown label whose drawn text is not all of its text, and
   * every shown horizontal scroll bar (a table or list whose text runs off its side).
   */
  static List<String> cutShort(Parent root) {
    List<String> cut = new ArrayList<>();
    walk(
        root,
        node -> {
          if (node instanceof javafx.scene.control.ScrollBar bar
              && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL
              && isShown(bar)) {
            cut.add("a horizontal scroll bar in " + bar.getParent().getParent());
          }
          if (node instanceof javafx.scene.control.Control c && isShown(c) && pastTheEdge(c)) {
            cut.add(c.getClass().getSimpleName() + " " + describe(c) + " runs past the window");
          }
          if (node instanceof Labeled l && isShown(l) && l.getText() != null) {
            String full = l.isMnemonicParsing() ? l.getText().replace("_", "") : l.getText();
            for (Node child : l.getChildrenUnmodifiable()) {
              if (child instanceof Text drawn
                  && child.isVisible()
                  && !full.isEmpty()
                  && !drawn.getText().equals(full)) {
                cut.add(full + " → " + drawn.getText());
              }
            }
          }
        });
    return cut;
  }

  /** Whether the control reaches beyond the scene's right or bottom edge (a row too wide). */
  private static boolean pastTheEdge(javafx.scene.control.Control c) {
    javafx.geometry.Bounds b = c.localToScene(c.getLayoutBounds());
    javafx.scene.Scene scene = c.getScene();
    return b.getMaxX() > scene.getWidth() + 0.5 || b.getMaxY() > scene.getHeight() + 0.5;
  }

  private static String describe(javafx.scene.control.Control c) {
    return c instanceof Labeled l ? "'" + l.getText() + "'" : String.valueOf(c.getId());
  }

  private static void walk(Node node, java.util.function.Consumer<Node> visit) {
    visit.accept(node);
    if (node instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        walk(child, visit);
      }
    }
  }

  private static boolean isShown(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }

  private static Parent build(String screen) {
    return switch (screen) {
      case "start" -> start();
      case "coach-guidance" -> coach(guidance());
      case "coach-counting" -> coach(counting());
      case "summary" -> summary();
      default -> throw new IllegalArgumentException(screen);
    };
  }

  private static Parent start() {
    RoutineLibrary library = RoutineLibrary.scan(Path.of("routines"));
    StartViewModel vm =
        new StartViewModel(
            library.routines(),
            List.of(),
            List.of("HD Pro Webcam C920 (/dev/video0)", "Integrated Camera: Integrated C"),
            true,
            new AppConfig(
                Path.of("routines"),
                Optional.empty(),
                Optional.empty(),
                "blazepose-full",
                false,
                true),
            request -> {});
    return new StartView(vm).root();
  }

  /** The coach view after one pulse of {@code state}: its events, then its snapshot. */
  private record CoachState(
      int step, SessionPhase phase, AnalyzerSnapshot a, List<SessionEvent> e) {}

  private static Parent coach(CoachState s) {
    CoachViewModel vm = new CoachViewModel(MORNING, NOTHING, Chime.SILENT, false);
    CoachView view = new CoachView(vm);
    Deque<SessionEvent> queue = new ArrayDeque<>();
    queue.add(new SessionEvent.StepStarted(0, s.step(), MORNING.steps().get(s.step())));
    queue.addAll(s.e());
    RoutineStep step = MORNING.steps().get(s.step());
    SessionSnapshot snapshot =
        new SessionSnapshot(
            MORNING.name(),
            s.step(),
            MORNING.steps().size(),
            step,
            s.phase(),
            Optional.of(s.a()),
            s.a().currentSide(),
            0,
            10,
            754);
    LiveStats stats = new LiveStats(30, 24, 42);
    vm.pulse(queue::poll, snapshot, stats, Optional.empty(), 0);
    vm.pulse(queue::poll, snapshot, stats, Optional.empty(), 1);
    return view.root();
  }

  /** A supine step, the person seen but not yet lying down: the longest set-up guidance. */
  private static CoachState guidance() {
    return new CoachState(
        0,
        SessionPhase.GET_READY,
        analyzer(
            ExerciseId.LUMBAR_ROTATION,
            AnalyzerState.GETTING_INTO_POSITION,
            Optional.empty(),
            Optional.of("Lie on your back, knees bent"),
            Optional.empty()),
        List.of());
  }

  /** Both sides counted, a cue up, a banner for the step before. */
  private static CoachState counting() {
    return new CoachState(
        0,
        SessionPhase.ACTIVE,
        analyzer(
            ExerciseId.LUMBAR_ROTATION,
            AnalyzerState.ACTIVE,
            Optional.of(Side.RIGHT),
            Optional.empty(),
            Optional.of(
                new Cue(
                    FormIssue.TOO_FAST,
                    "Slow down: take at least 2 s to go over and back",
                    Severity.WARNING,
                    Optional.of(Side.RIGHT),
                    0))),
        List.of(
            new SessionEvent.Motion(
                1,
                0,
                new MotionEvent.RepCounted(
                    1, ExerciseId.LUMBAR_ROTATION, Optional.of(Side.LEFT), 8, 4, 1.9, 0.9)),
            new SessionEvent.Motion(
                1,
                0,
                new MotionEvent.RepCounted(
                    1, ExerciseId.LUMBAR_ROTATION, Optional.of(Side.RIGHT), 8, 4, 1.9, 0.9))));
  }

  private static AnalyzerSnapshot analyzer(
      ExerciseId exercise,
      AnalyzerState state,
      Optional<Side> side,
      Optional<String> instruction,
      Optional<Cue> cue) {
    return new AnalyzerSnapshot(
        10,
        exercise,
        state,
        BodyPosition.UPRIGHT,
        Optional.empty(),
        8,
        4,
        4,
        10,
        false,
        Phase.OUTWARD,
        0.6,
        side,
        0,
        cue,
        instruction);
  }

  /** A session ended early: every step state, both-sided counts, a long trend. */
  private static Parent summary() {
    List<StepDetail> steps =
        List.of(
            step(1, StepStatus.PARTLY_DONE, reps(4, 4, 1.9)),
            step(1, StepStatus.RESTARTED, reps(10, 9, 3.1)),
            step(2, StepStatus.SKIPPED, reps(-6, 0, 1.4)),
            step(4, StepStatus.ENDED_EARLY, List.of()));
    SessionDetail detail =
        new SessionDetail(
            new SessionSummary(
                new SessionId(412),
                START,
                Optional.of(START.plusSeconds(1_754)),
                LONG_NAMED.name(),
                "blazepose-full",
                "HD Pro Webcam C920 (/dev/video0)",
                SessionStatus.ABORTED,
                MORNING.steps().size(),
                0,
                27,
                0,
                steps.stream().mapToInt(s -> s.formEvents().size()).sum()),
            steps);
    List<TrendPoint> points = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      points.add(
          new TrendPoint(
              new SessionId(400 + i),
              START.minusSeconds(86_400L * (10 - i)),
              20,
              0,
              OptionalDouble.of(2.5 + i * 0.1),
              OptionalDouble.of(0.9),
              OptionalDouble.empty(),
              1,
              OptionalDouble.of(0.05)));
    }
    SummaryViewModel vm =
        new SummaryViewModel(
            Optional.of(detail),
            LONG_NAMED,
            Map.of(
                ExerciseId.LUMBAR_ROTATION, new ExerciseTrend(ExerciseId.LUMBAR_ROTATION, points)),
            Optional.of(
                "Lost the video: camera /dev/video0 stopped delivering frames after 4211 frames"
                    + " (unplugged?)."),
            ZoneOffset.UTC,
            () -> {},
            () -> {});
    return new SummaryView(vm).root();
  }

  private static StepDetail step(int position, StepStatus status, List<RepRecord> reps) {
    RoutineStep plan = MORNING.steps().get(position - 1);
    List<FormEventRecord> events =
        reps.isEmpty()
            ? List.of()
            : List.of(
                new FormEventRecord(
                    75,
                    "too_fast",
                    "warning",
                    "Slow down: take at least 2 s to go over and back",
                    Optional.of(Side.LEFT)));
    return new StepDetail(
        new StepSummary(
            new StepId(position * 10L + reps.size()),
            position,
            plan.exercise(),
            plan.reps(),
            plan.holdSeconds(),
            plan.sides().sides(),
            0,
            OptionalDouble.of(60),
            status,
            Optional.of("Counted " + reps.size() + " repetitions lying on your back."),
            Optional.empty()),
        reps,
        List.of(),
        events);
  }

  /** {@code left} and {@code right} reps, or {@code -n} for n reps of a step without sides. */
  private static List<RepRecord> reps(int left, int right, double seconds) {
    List<RepRecord> out = new ArrayList<>();
    int all = left < 0 ? -left : left + right;
    for (int i = 1; i <= all; i++) {
      Optional<Side> side =
          left < 0 ? Optional.empty() : Optional.of(i <= left ? Side.LEFT : Side.RIGHT);
      out.add(
          new RepRecord(
              i, side, i * 5.0, i * 5.0 + seconds, seconds, 0, 0.9, OptionalDouble.empty()));
    }
    return out;
  }
}
