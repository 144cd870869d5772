package org.posecoach.ui.coach;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.posecoach.motion.AnalyzerSnapshot;
import org.posecoach.motion.rep.Phase;
import org.posecoach.motion.vocabulary.AnalyzerState;
import org.posecoach.motion.vocabulary.Cue;
import org.posecoach.motion.vocabulary.MotionEvent;
import org.posecoach.motion.vocabulary.Severity;
import org.posecoach.motion.vocabulary.Side;
import org.posecoach.pipeline.PipelineSummary;
import org.posecoach.routine.CameraPlacement;
import org.posecoach.routine.Routine;
import org.posecoach.routine.RoutineStep;
import org.posecoach.routine.Sides;
import org.posecoach.session.SessionEvent;
import org.posecoach.session.SessionPhase;
import org.posecoach.session.SessionSnapshot;
import org.posecoach.ui.Placement;
import org.posecoach.ui.live.SessionControls;

/**
 * What the coach view shows, as properties, updated once per rendered frame by {@link #pulse} from
 * the session's latest snapshot and the events since the last frame. No scene graph here: the view
 * binds to these properties, and its key handlers call the command methods.
 *
 * <p>Counts come from the engine's rep and hold events, so the last rep of a step is on screen for
 * at least one frame even when the engine moved on in the same frame: a frame that brings a step's
 * end takes no further events and no snapshot of the next step, and the next frame does.
 */
public final class CoachViewModel {
  /** The session-over screen stays this long before the summary, so the last count is seen. */
  public static final double SUMMARY_DELAY_SECONDS = 2.5;

  /** "Step done" banners stay this long. */
  static final double BANNER_SECONDS = 3.0;

  /** The corner's numbers change four times a second: readable, and no relayout every frame. */
  static final double STATS_PERIOD_SECONDS = 0.25;

  /**
   * The tempo needle moves in tenths of a second: smooth to the eye, and the gauge redraws ten
   * times a second rather than on every frame.
   */
  static final double NEEDLE_STEP_SECONDS = 0.1;

  /** Events of one source of session events, oldest first. */
  @FunctionalInterface
  public interface EventSource {
    /** The next event, or null when there is none. */
    SessionEvent poll();
  }

  private final Routine routine;
  private final SessionControls controls;
  private final Chime chime;
  private final StepTally tally = new StepTally();
  private final RepTimer repTimer = new RepTimer();
  private final List<String> stepResults = new ArrayList<>();

  private final StringProperty routineName = new SimpleStringProperty("");
  private final StringProperty stepTitle = new SimpleStringProperty("");
  private final StringProperty stepPosition = new SimpleStringProperty("");
  private final IntegerProperty stepIndex = new SimpleIntegerProperty(0);
  private final IntegerProperty stepCount = new SimpleIntegerProperty(0);
  private final StringProperty elapsed = new SimpleStringProperty("0:00");

  private final BooleanProperty sided = new SimpleBooleanProperty(false);
  private final StringProperty count = new SimpleStringProperty("0");
  private final StringProperty leftCount = new SimpleStringProperty("0");
  private final StringProperty rightCount = new SimpleStringProperty("0");
  private final StringProperty target = new SimpleStringProperty("");
  private final StringProperty unit = new SimpleStringProperty("");
  private final ObjectProperty<Side> activeSide = new SimpleObjectProperty<>();

  private final StringProperty cueText = new SimpleStringProperty("");
  private final ObjectProperty<Severity> cueSeverity = new SimpleObjectProperty<>();
  private final BooleanProperty cueVisible = new SimpleBooleanProperty(false);

  private final StringProperty guidanceTitle = new SimpleStringProperty("");
  private final StringProperty guidanceDetail = new SimpleStringProperty("");
  private final BooleanProperty guidanceVisible = new SimpleBooleanProperty(true);
  private final BooleanProperty personVisible = new SimpleBooleanProperty(false);
  private final ObjectProperty<CameraPlacement> placement = new SimpleObjectProperty<>();

  private final BooleanProperty resting = new SimpleBooleanProperty(false);
  private final StringProperty restCountdown = new SimpleStringProperty("");
  private final DoubleProperty restFraction = new SimpleDoubleProperty(0);
  private final StringProperty nextStep = new SimpleStringProperty("");
  private final StringProperty nextInstructions = new SimpleStringProperty("");
  private final BooleanProperty paused = new SimpleBooleanProperty(false);

  private final BooleanProperty tempoVisible = new SimpleBooleanProperty(false);
  private final DoubleProperty movement = new SimpleDoubleProperty(0);
  private final ObjectProperty<Phase> movementPhase = new SimpleObjectProperty<>(Phase.REST);
  private final DoubleProperty repSeconds = new SimpleDoubleProperty(0);
  private final DoubleProperty minRepSeconds = new SimpleDoubleProperty(0);
  private final DoubleProperty maxRepSeconds = new SimpleDoubleProperty(Double.NaN);
  private final DoubleProperty lastRepSeconds = new SimpleDoubleProperty(Double.NaN);

  private final BooleanProperty holdVisible = new SimpleBooleanProperty(false);
  private final DoubleProperty holdProgress = new SimpleDoubleProperty(0);
  private final StringProperty holdText = new SimpleStringProperty("");

  private final StringProperty stats = new SimpleStringProperty("");
  private final StringProperty banner = new SimpleStringProperty("");
  private final BooleanProperty bannerVisible = new SimpleBooleanProperty(false);
  private final StringProperty problem = new SimpleStringProperty("");
  private final BooleanProperty problemVisible = new SimpleBooleanProperty(false);
  private final BooleanProperty sessionOver = new SimpleBooleanProperty(false);
  private final BooleanProperty finished = new SimpleBooleanProperty(false);
  private final BooleanProperty muted = new SimpleBooleanProperty(false);

  private int shownStep;
  private double nowSeconds;
  private double bannerUntil = Double.NEGATIVE_INFINITY;
  private double statsShownAt = Double.NEGATIVE_INFINITY;
  private double finishAt = Double.POSITIVE_INFINITY;
  private boolean streamEnded;

  public CoachViewModel(Routine routine, SessionControls controls, Chime chime) {
    this.routine = Objects.requireNonNull(routine, "routine");
    this.controls = Objects.requireNonNull(controls, "controls");
    this.chime = Objects.requireNonNull(chime, "chime");
    routineName.set(routine.name());
    stepCount.set(routine.steps().size());
    showStep(0);
  }

  // ------------------------------------------------------------------ commands (key handlers)

  public void togglePause() {
    controls.togglePause();
  }

  public void nextStep() {
    controls.skip();
  }

  public void repeatStep() {
    controls.repeat();
  }

  /** Esc: ends the session; once the stream has already stopped, goes straight to the summary. */
  public void endSession() {
    if (streamEnded || sessionOver.get()) {
      finished.set(true);
    } else {
      controls.endSession();
    }
  }

  public void toggleMute() {
    muted.set(!muted.get());
  }

  /** Leaves for the summary now (after a broken camera, or to skip the wait). */
  public void showSummary() {
    finished.set(true);
  }

  /** Enter: the summary, once the session or its video is over; nothing while it runs. */
  public void continueToSummary() {
    if (streamEnded || sessionOver.get()) {
      finished.set(true);
    }
  }

  // ------------------------------------------------------------------ once per rendered frame

  /**
   * Brings the properties up to date.
   *
   * @param events the session's events since the last call; taken up to and including a step's end,
   *     the rest left for the next frame
   * @param snapshot the engine's latest state
   * @param stats frame rates and latency for the corner
   * @param end how the stream ended, once it has
   * @param wallSeconds a clock for banners and the wait before the summary
   */
  public void pulse(
      EventSource events,
      SessionSnapshot snapshot,
      LiveStats stats,
      Optional<PipelineSummary> end,
      double wallSeconds) {
    nowSeconds = wallSeconds;
    boolean stepBoundary = takeEvents(events);
    if (!stepBoundary && snapshot.stepIndex() == shownStep) {
      showSnapshot(snapshot);
    }
    showStats(stats);
    end.ifPresent(this::streamEnded);
    bannerVisible.set(nowSeconds < bannerUntil);
    if (nowSeconds >= finishAt && !problemVisible.get()) {
      finished.set(true);
    }
  }

  /** Applies events in order; true when one ended a step (the rest wait for the next frame). */
  private boolean takeEvents(EventSource events) {
    for (SessionEvent e; (e = events.poll()) != null; ) {
      if (e instanceof SessionEvent.StepStarted s) {
        showStep(s.index());
      } else if (e instanceof SessionEvent.Motion m && m.index() == shownStep) {
        motion(m.event());
      } else if (e instanceof SessionEvent.StepEnded s) {
        stepEnded(s);
        return true;
      } else if (e instanceof SessionEvent.SessionEnded s) {
        sessionEnded(s.completed());
        return true;
      }
    }
    return false;
  }

  private void showStep(int index) {
    shownStep = index;
    RoutineStep step = routine.steps().get(index);
    tally.reset();
    repTimer.reset();
    stepIndex.set(index);
    stepTitle.set(step.title());
    placement.set(step.camera());
    stepPosition.set("Step " + (index + 1) + " of " + routine.steps().size());
    sided.set(step.sides().sides() == Sides.BOTH);
    target.set("of " + step.reps());
    unit.set(unitOf(step));
    minRepSeconds.set(step.tempo().minRepSeconds());
    maxRepSeconds.set(
        step.tempo().maxRepSeconds().isPresent()
            ? step.tempo().maxRepSeconds().getAsDouble()
            : Double.NaN);
    lastRepSeconds.set(Double.NaN);
    tempoVisible.set(!step.isTimedHold() && step.tempo().minRepSeconds() > 0);
    holdVisible.set(step.holdSeconds() > 0);
    holdProgress.set(0);
    holdText.set(holdLabel(step, 0));
    showCounts();
  }

  private static String unitOf(RoutineStep step) {
    String what = step.isTimedHold() ? "holds" : "reps";
    return switch (step.sides().sides()) {
      case NONE -> what;
      case BOTH -> what + " each side";
      case LEFT -> what + " · left side";
      case RIGHT -> what + " · right side";
    };
  }

  private void motion(MotionEvent event) {
    if (event instanceof MotionEvent.RepCounted r) {
      tally.rep(r);
      repTimer.counted();
      lastRepSeconds.set(r.durationSeconds());
      showCounts();
      if (!muted.get()) {
        chime.repCounted();
      }
    } else if (event instanceof MotionEvent.HoldCompleted h) {
      tally.hold(h);
      showCounts();
      if (!muted.get()) {
        chime.holdCompleted();
      }
    }
  }

  private void showCounts() {
    RoutineStep step = routine.steps().get(shownStep);
    switch (step.sides().sides()) {
      case NONE -> count.set(Integer.toString(tally.total()));
      case LEFT -> count.set(Integer.toString(tally.left()));
      case RIGHT -> count.set(Integer.toString(tally.right()));
      case BOTH -> count.set(Integer.toString(tally.total()));
    }
    leftCount.set(Integer.toString(tally.left()));
    rightCount.set(Integer.toString(tally.right()));
  }

  /** The counter as text, e.g. "5 of 5" or "L 10 · R 9 of 10": what a step ended on. */
  private String countSummary() {
    RoutineStep step = routine.steps().get(shownStep);
    return (sided.get() ? "L " + leftCount.get() + " · R " + rightCount.get() : count.get())
        + " of "
        + step.reps();
  }

  private void stepEnded(SessionEvent.StepEnded ended) {
    String result = countSummary();
    while (stepResults.size() <= ended.index()) {
      stepResults.add("");
    }
    stepResults.set(ended.index(), result);
    showBanner(ended.step().title() + (ended.skipped() ? " skipped at " : " done: ") + result);
  }

  private void sessionEnded(boolean completed) {
    sessionOver.set(true);
    guidanceVisible.set(false);
    resting.set(false);
    paused.set(false);
    cueVisible.set(false);
    showBanner(completed ? "Well done — routine complete!" : "Session ended");
    bannerUntil = Double.POSITIVE_INFINITY;
    finishAt = Math.min(finishAt, nowSeconds + SUMMARY_DELAY_SECONDS);
  }

  private void showBanner(String text) {
    banner.set(text);
    bannerUntil = nowSeconds + BANNER_SECONDS;
  }

  private void streamEnded(PipelineSummary summary) {
    if (streamEnded) {
      return;
    }
    streamEnded = true;
    summary
        .error()
        .ifPresent(
            why -> {
              problem.set(
                  "Lost the video: "
                      + why
                      + "\nYour session up to here is saved. Press Enter for the summary.");
              problemVisible.set(true);
            });
    if (!sessionOver.get()) {
      // The engine finishes with the stream; its end event follows, but never wait for it.
      finishAt = Math.min(finishAt, nowSeconds + SUMMARY_DELAY_SECONDS);
    }
  }

  private void showSnapshot(SessionSnapshot s) {
    elapsed.set(clock(s.elapsedSeconds()));
    SessionPhase phase = s.phase();
    paused.set(phase == SessionPhase.PAUSED);
    resting.set(
        phase == SessionPhase.REST
            || (phase == SessionPhase.PAUSED && s.restRemainingSeconds() > 0));
    if (resting.get()) {
      showRest(s);
    }
    activeSide.set(
        s.expectedSide().or(() -> s.analyzer().flatMap(a -> a.currentSide())).orElse(null));
    Optional<AnalyzerSnapshot> analyzer = s.analyzer();
    boolean live = phase == SessionPhase.GET_READY || phase == SessionPhase.ACTIVE;
    if (analyzer.isEmpty() || !live) {
      guidanceVisible.set(false);
      cueVisible.set(false);
      personVisible.set(analyzer.map(a -> a.state() != AnalyzerState.NO_PERSON).orElse(false));
      return;
    }
    AnalyzerSnapshot a = analyzer.get();
    personVisible.set(a.state() != AnalyzerState.NO_PERSON);
    showGuidance(a, s.step());
    showCue(a.cue());
    movement.set(clamp01(a.progress()));
    movementPhase.set(a.phase());
    if (a.state() == AnalyzerState.ACTIVE) {
      repTimer.observe(a.phase(), a.timeSeconds());
    }
    repSeconds.set(
        Math.floor(repTimer.elapsedSeconds() / NEEDLE_STEP_SECONDS) * NEEDLE_STEP_SECONDS);
    holdProgress.set(clamp01(a.holdProgress()));
    holdText.set(holdLabel(s.step(), a.holdProgress()));
  }

  private void showGuidance(AnalyzerSnapshot a, RoutineStep step) {
    switch (a.state()) {
      case NO_PERSON -> {
        guidanceTitle.set("Step into the frame");
        guidanceDetail.set(Placement.describe(step.camera()));
      }
      case GETTING_INTO_POSITION -> {
        guidanceTitle.set(a.instruction().orElse("Get into the start position"));
        guidanceDetail.set(step.title() + ": " + Placement.describe(step.camera()));
      }
      case ACTIVE -> {}
    }
    guidanceVisible.set(a.state() != AnalyzerState.ACTIVE);
  }

  private void showCue(Optional<Cue> cue) {
    cueVisible.set(cue.isPresent());
    cue.ifPresent(
        c -> {
          cueText.set(c.text());
          cueSeverity.set(c.severity());
        });
  }

  private void showRest(SessionSnapshot s) {
    restCountdown.set(Long.toString((long) Math.ceil(s.restRemainingSeconds())));
    restFraction.set(s.restSeconds() > 0 ? clamp01(s.restRemainingSeconds() / s.restSeconds()) : 0);
    int next = s.stepIndex() + 1;
    if (next < routine.steps().size()) {
      RoutineStep step = routine.steps().get(next);
      nextStep.set("Next: " + step.title());
      nextInstructions.set(step.instructions());
    } else {
      nextStep.set("Last step done");
      nextInstructions.set("");
    }
  }

  private void showStats(LiveStats s) {
    if (nowSeconds - statsShownAt < STATS_PERIOD_SECONDS) {
      return;
    }
    statsShownAt = nowSeconds;
    String latency =
        Double.isNaN(s.latencyMs()) ? "–" : String.format(Locale.ROOT, "%.0f ms", s.latencyMs());
    stats.set(
        String.format(
            Locale.ROOT,
            "video %.0f fps · pose %.0f fps · %s",
            s.videoFps(),
            s.poseFps(),
            latency));
  }

  private static String holdLabel(RoutineStep step, double progress) {
    double left = step.holdSeconds() * (1 - clamp01(progress));
    return progress <= 0
        ? String.format(Locale.ROOT, "hold %.0f s", step.holdSeconds())
        : String.format(Locale.ROOT, "%.0f s", Math.ceil(left));
  }

  private static String clock(double seconds) {
    long s = (long) Math.max(0, seconds);
    return s / 60 + ":" + String.format(Locale.ROOT, "%02d", s % 60);
  }

  private static double clamp01(double v) {
    return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
  }

  // ------------------------------------------------------------------ read-only state

  /** What each finished step's counter showed when it ended, by step index ("5 of 5"). */
  public List<String> stepResults() {
    return List.copyOf(stepResults);
  }

  // ------------------------------------------------------------------ properties

  public StringProperty routineNameProperty() {
    return routineName;
  }

  public StringProperty stepTitleProperty() {
    return stepTitle;
  }

  public StringProperty stepPositionProperty() {
    return stepPosition;
  }

  public IntegerProperty stepIndexProperty() {
    return stepIndex;
  }

  public IntegerProperty stepCountProperty() {
    return stepCount;
  }

  public StringProperty elapsedProperty() {
    return elapsed;
  }

  public BooleanProperty sidedProperty() {
    return sided;
  }

  public StringProperty countProperty() {
    return count;
  }

  public StringProperty leftCountProperty() {
    return leftCount;
  }

  public StringProperty rightCountProperty() {
    return rightCount;
  }

  public StringProperty targetProperty() {
    return target;
  }

  public StringProperty unitProperty() {
    return unit;
  }

  public ObjectProperty<Side> activeSideProperty() {
    return activeSide;
  }

  public StringProperty cueTextProperty() {
    return cueText;
  }

  public ObjectProperty<Severity> cueSeverityProperty() {
    return cueSeverity;
  }

  public BooleanProperty cueVisibleProperty() {
    return cueVisible;
  }

  public StringProperty guidanceTitleProperty() {
    return guidanceTitle;
  }

  public StringProperty guidanceDetailProperty() {
    return guidanceDetail;
  }

  public BooleanProperty guidanceVisibleProperty() {
    return guidanceVisible;
  }

  public BooleanProperty personVisibleProperty() {
    return personVisible;
  }

  /** Where the current step wants the laptop (for the framing guide). */
  public ObjectProperty<CameraPlacement> placementProperty() {
    return placement;
  }

  public BooleanProperty restingProperty() {
    return resting;
  }

  public StringProperty restCountdownProperty() {
    return restCountdown;
  }

  public DoubleProperty restFractionProperty() {
    return restFraction;
  }

  public StringProperty nextStepProperty() {
    return nextStep;
  }

  public StringProperty nextInstructionsProperty() {
    return nextInstructions;
  }

  public BooleanProperty pausedProperty() {
    return paused;
  }

  public BooleanProperty tempoVisibleProperty() {
    return tempoVisible;
  }

  public DoubleProperty movementProperty() {
    return movement;
  }

  public ObjectProperty<Phase> movementPhaseProperty() {
    return movementPhase;
  }

  public DoubleProperty repSecondsProperty() {
    return repSeconds;
  }

  public DoubleProperty minRepSecondsProperty() {
    return minRepSeconds;
  }

  public DoubleProperty maxRepSecondsProperty() {
    return maxRepSeconds;
  }

  public DoubleProperty lastRepSecondsProperty() {
    return lastRepSeconds;
  }

  public BooleanProperty holdVisibleProperty() {
    return holdVisible;
  }

  public DoubleProperty holdProgressProperty() {
    return holdProgress;
  }

  public StringProperty holdTextProperty() {
    return holdText;
  }

  public StringProperty statsProperty() {
    return stats;
  }

  public StringProperty bannerProperty() {
    return banner;
  }

  public BooleanProperty bannerVisibleProperty() {
    return bannerVisible;
  }

  public StringProperty problemProperty() {
    return problem;
  }

  public BooleanProperty problemVisibleProperty() {
    return problemVisible;
  }

  public BooleanProperty sessionOverProperty() {
    return sessionOver;
  }

  /** True once the view should make way for the summary. */
  public BooleanProperty finishedProperty() {
    return finished;
  }

  public BooleanProperty mutedProperty() {
    return muted;
  }
}
