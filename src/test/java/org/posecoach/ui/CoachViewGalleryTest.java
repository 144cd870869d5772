package org.posecoach.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import org.junit.jupiter.api.Test;
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
import org.posecoach.pipeline.LatencyStats;
import org.posecoach.pipeline.PipelineSummary;
import org.posecoach.routine.Routine;
import org.posecoach.routine.RoutineLoader;
import org.posecoach.session.SessionEvent;
import org.posecoach.session.SessionPhase;
import org.posecoach.session.SessionSnapshot;
import org.posecoach.source.CapturedFrame;
import org.posecoach.source.FramePool;
import org.posecoach.source.SourceInfo;
import org.posecoach.source.SourceOptions;
import org.posecoach.source.Sources;
import org.posecoach.ui.coach.Chime;
import org.posecoach.ui.coach.CoachView;
import org.posecoach.ui.coach.CoachViewModel;
import org.posecoach.ui.coach.HoldRing;
import org.posecoach.ui.coach.LiveStats;
import org.posecoach.ui.live.DisplayFrame;
import org.posecoach.ui.live.FrameBuffers;
import org.posecoach.ui.live.FrameTap;
import org.posecoach.ui.live.SessionControls;

/**
 * The coach view in the states the end-to-end run does not reach (both sides counted, getting into
 * the frame, a rest, a hold, a lost camera), drawn from hand-made session states over a painted
 * frame. Each state is checked on the laid-out scene (what its labels, ring and bar show, which are
 * hidden, which side is highlighted) and saved as {@code target/screenshots/coach-*.png} for a
 * person to look at.
 */
class CoachViewGalleryTest {
  private static final Routine MORNING =
      RoutineLoader.load(Path.of("routines", "morning-low-back.yaml"));
  private static final SessionControls NOTHING = NoControls.NOTHING;

  /** What a node shows when it, or a pane it sits in, is hidden. */
  private static final String HIDDEN = "(hidden)";

  /**
   * A state to draw, and what the scene must then show.
   *
   * @param shows by node id: the text of a label or the hold ring, the progress of a bar (two
   *     decimals), or {@link #HIDDEN}
   * @param styled by node id: a style class the node must carry
   */
  private record State(
      String name,
      int step,
      SessionPhase phase,
      AnalyzerSnapshot analyzer,
      List<SessionEvent> events,
      double restRemaining,
      Optional<String> lost,
      Map<String, String> shows,
      Map<String, String> styled) {}

  /** The scene drawn for a state, and what its checked nodes showed. */
  private record Drawn(Scene scene, Map<String, String> shown, Map<String, List<String>> styles) {}

  @Test
  void eachStateShowsWhatItShouldAndIsSavedAsAPicture() throws Exception {
    Fx.start();
    DisplayFrame frame = aPaintedFrame();
    for (State s : states()) {
      Path file = CoachAppTest.SHOTS.resolve("coach-" + s.name() + ".png");
      Drawn drawn =
          Fx.call(
              () -> {
                CoachViewModel vm = new CoachViewModel(MORNING, NOTHING, Chime.SILENT, false);
                CoachView view = new CoachView(vm);
                Scene sc = new Scene(view.root(), CoachApp.WIDTH, CoachApp.HEIGHT);
                Theme.apply(sc);
                Deque<SessionEvent> queue = new ArrayDeque<>();
                queue.add(new SessionEvent.StepStarted(0, s.step(), MORNING.steps().get(s.step())));
                queue.addAll(s.events());
                SessionSnapshot snapshot =
                    new SessionSnapshot(
                        MORNING.name(),
                        s.step(),
                        MORNING.steps().size(),
                        MORNING.steps().get(s.step()),
                        s.phase(),
                        Optional.of(s.analyzer()),
                        s.analyzer().currentSide(),
                        s.restRemaining(),
                        10,
                        754);
                Optional<PipelineSummary> end = s.lost().map(CoachViewGalleryTest::lostCamera);
                LiveStats stats = new LiveStats(30, 24, 42);
                vm.pulse(queue::poll, snapshot, stats, Optional.empty(), 0);
                vm.pulse(queue::poll, snapshot, stats, end, 1);
                sc.getRoot().applyCss();
                sc.getRoot().layout();
                if (s.analyzer().state() != AnalyzerState.NO_PERSON) {
                  view.video().showFrame(frame);
                }
                view.video().redraw();
                return drawn(sc, s);
              });
      for (Map.Entry<String, String> e : s.shows().entrySet()) {
        assertEquals(
            e.getValue(), drawn.shown().get(e.getKey()), s.name() + ": " + e.getKey() + " shows");
      }
      for (Map.Entry<String, String> e : s.styled().entrySet()) {
        assertTrue(
            drawn.styles().get(e.getKey()).contains(e.getValue()),
            s.name() + ": " + e.getKey() + " is styled " + e.getValue());
      }
      Fx.screenshot(drawn.scene(), file);
      assertTrue(Files.size(file) > 10_000, file + " has a picture");
    }
  }

  /** Reads the checked nodes off the laid-out scene (on the JavaFX thread). */
  private static Drawn drawn(Scene scene, State state) {
    Map<String, String> shown = new HashMap<>();
    for (String id : state.shows().keySet()) {
      Node node = lookup(scene, id);
      shown.put(id, isShown(node) ? showing(node) : HIDDEN);
    }
    Map<String, List<String>> styles = new HashMap<>();
    for (String id : state.styled().keySet()) {
      styles.put(id, List.copyOf(lookup(scene, id).getStyleClass()));
    }
    return new Drawn(scene, shown, styles);
  }

  private static Node lookup(Scene scene, String id) {
    Node node = scene.lookup(id);
    if (node == null) {
      throw new AssertionError("no " + id + " in the coach view");
    }
    return node;
  }

  /** Visible itself and in every pane up to the root. */
  private static boolean isShown(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }

  private static String showing(Node node) {
    if (node instanceof Label label) {
      return label.getText();
    } else if (node instanceof HoldRing ring) {
      return ring.textProperty().get();
    } else if (node instanceof ProgressBar bar) {
      return String.format(Locale.ROOT, "%.2f", bar.getProgress());
    }
    throw new AssertionError("cannot read " + node);
  }

  private static List<State> states() {
    return List.of(
        new State(
            "both-sides",
            0,
            SessionPhase.ACTIVE,
            analyzer(
                ExerciseId.LUMBAR_ROTATION,
                AnalyzerState.ACTIVE,
                Phase.OUTWARD,
                Optional.of(Side.RIGHT),
                0,
                Optional.of(
                    new Cue(
                        FormIssue.ASYMMETRY,
                        "Even out both sides",
                        Severity.INFO,
                        Optional.empty(),
                        0))),
            List.of(
                rep(0, ExerciseId.LUMBAR_ROTATION, Side.LEFT, 11, 6),
                rep(0, ExerciseId.LUMBAR_ROTATION, Side.RIGHT, 12, 6)),
            0,
            Optional.empty(),
            Map.of(
                "#stepPosition", "Step 1 of 6",
                "#leftCounter", "6",
                "#rightCounter", "6",
                "#repCounter", HIDDEN,
                "#repTarget", "of 10",
                "#tempoCaption", "Tempo · at least 1.5 s a rep",
                "#cue", "Even out both sides",
                "#guidance", HIDDEN,
                "#stats", "video 30 fps · pose 24 fps · 42 ms"),
            Map.of("#rightCounter", "active-right", "#cue", "cue-info")),
        new State(
            "step-into-frame",
            3,
            SessionPhase.GET_READY,
            analyzer(
                ExerciseId.CAT_CAMEL,
                AnalyzerState.NO_PERSON,
                Phase.REST,
                Optional.empty(),
                0,
                Optional.empty()),
            List.of(),
            0,
            Optional.empty(),
            Map.of(
                "#stepPosition", "Step 4 of 6",
                "#guidance", "Step into the frame",
                "#repCounter", "0",
                "#repTarget", "of 20",
                "#cue", HIDDEN,
                "#rest", HIDDEN,
                "#problem", HIDDEN),
            Map.of()),
        new State(
            "rest",
            3,
            SessionPhase.REST,
            analyzer(
                ExerciseId.CAT_CAMEL,
                AnalyzerState.ACTIVE,
                Phase.REST,
                Optional.empty(),
                0,
                Optional.empty()),
            List.of(),
            7.4,
            Optional.empty(),
            Map.of(
                "#rest", "8",
                "#restLeft", "0.74",
                "#nextStep", "Next: Prayer stretch",
                "#guidance", HIDDEN,
                "#cue", HIDDEN),
            Map.of()),
        new State(
            "hold",
            2,
            SessionPhase.ACTIVE,
            analyzer(
                ExerciseId.GLUTE_STRETCH,
                AnalyzerState.ACTIVE,
                Phase.AT_END,
                Optional.of(Side.LEFT),
                0.6,
                Optional.empty()),
            List.of(),
            0,
            Optional.empty(),
            Map.of(
                "#stepPosition", "Step 3 of 6",
                "#hold", "4 s",
                "#tempoCaption", HIDDEN,
                "#leftCounter", "0",
                "#rightCounter", "0",
                "#guidance", HIDDEN),
            Map.of("#leftCounter", "active-left")),
        new State(
            "camera-lost",
            3,
            SessionPhase.ACTIVE,
            analyzer(
                ExerciseId.CAT_CAMEL,
                AnalyzerState.ACTIVE,
                Phase.REST,
                Optional.empty(),
                0,
                Optional.empty()),
            List.of(rep(3, ExerciseId.CAT_CAMEL, null, 7, 7)),
            0,
            Optional.of(
                "camera /dev/video0 stopped delivering frames after 4211 frames (unplugged?)."),
            Map.of(
                "#problem",
                "Lost the video: camera /dev/video0 stopped delivering frames after 4211 frames"
                    + " (unplugged?).\nYour session up to here is saved. Press Enter for the"
                    + " summary.",
                "#repCounter",
                "7",
                "#banner",
                HIDDEN),
            Map.of()));
  }

  private static AnalyzerSnapshot analyzer(
      ExerciseId exercise,
      AnalyzerState state,
      Phase phase,
      Optional<Side> side,
      double hold,
      Optional<Cue> cue) {
    return new AnalyzerSnapshot(
        10,
        exercise,
        state,
        BodyPosition.HANDS_AND_KNEES,
        Optional.empty(),
        0,
        0,
        0,
        10,
        false,
        phase,
        phase == Phase.REST ? 0 : 0.7,
        side,
        hold,
        cue,
        state == AnalyzerState.NO_PERSON
            ? Optional.of("Get on your hands and knees")
            : Optional.empty());
  }

  private static SessionEvent rep(
      int step, ExerciseId exercise, Side side, int count, int sideCount) {
    return new SessionEvent.Motion(
        1,
        step,
        new MotionEvent.RepCounted(
            1, exercise, Optional.ofNullable(side), count, sideCount, 3.4, 0.9));
  }

  private static PipelineSummary lostCamera(String why) {
    SourceInfo info = new SourceInfo("camera /dev/video0", true, 640, 480, 30, 0, 0, 30, -1, false);
    return new PipelineSummary(
        info, 4211, 4211, 0, 4200, 140, Optional.of(why), LatencyStats.EMPTY, 3);
  }

  /** A frame of the painted clip, scaled for the coach view as the capture thread does it. */
  private static DisplayFrame aPaintedFrame() throws Exception {
    FrameBuffers buffers = new FrameBuffers();
    try (FrameTap tap =
            new FrameTap(
                Sources.open(TestClips.paintedQuick().toString(), SourceOptions.DEFAULT), buffers);
        FramePool pool = new FramePool()) {
      tap.requestSize(900, 664);
      for (int i = 0; i < 60; i++) {
        CapturedFrame f = tap.next(pool);
        f.close();
      }
    }
    return buffers.takeFresh();
  }
}
