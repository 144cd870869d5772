package org.posecoach.ui.coach;

import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.posecoach.motion.AnalyzerSnapshot;
import org.posecoach.motion.vocabulary.MotionEvent;
import org.posecoach.pipeline.PipelineSummary;
import org.posecoach.routine.Routine;
import org.posecoach.routine.RoutineStep;
import org.posecoach.session.SessionEvent;
import org.posecoach.session.SessionPhase;
import org.posecoach.session.SessionSnapshot;
import org.posecoach.store.StepStatus;
import org.posecoach.ui.live.SessionControls;

/**
 * The coach view's state: one small view model per panel, brought up to date once per rendered
 * frame by {@link #pulse} from the session's latest snapshot and the events since the last frame,
 * plus the commands the view's keys send. No scene graph here: the view binds to the panels'
 * read-only properties, and its key handlers call the command methods.
 *
 * <p>Counts come from the engine's rep and hold events, so the last rep of a step is on screen for
 * at least one frame even when the engine moved on in the same frame: a frame that brings a step's
 * end takes no further events and no snapshot of the next step, and the next frame does.
 */
public final class CoachViewModel {
  /** The session-over screen stays this long before the summary, so the last count is seen. */
  public static final double SUMMARY_DELAY_SECONDS = 2.5;

  /** Events of one source of session events, oldest first. */
  @FunctionalInterface
  public interface EventSource {
    /** The next event, or null when there is none. */
    SessionEvent poll();
  }

  private final Routine routine;
  private final SessionControls controls;

  private final StepProgressViewModel progress;
  private final CounterViewModel counter = new CounterViewModel();
  private final TempoViewModel tempo = new TempoViewModel();
  private final HoldViewModel hold = new HoldViewModel();
  private final GuidanceViewModel guidance = new GuidanceViewModel();
  private final CueViewModel cue = new CueViewModel();
  private final RestViewModel rest;
  private final BannerViewModel banner = new BannerViewModel();
  private final ProblemViewModel problem = new ProblemViewModel();
  private final StatsViewModel stats = new StatsViewModel();
  private final SoundViewModel sound;

  private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(false);

  private int shownStep;
  private double nowSeconds;
  private double finishAt = Double.POSITIVE_INFINITY;
  private boolean streamEnded;
  private boolean sessionOver;

  /**
   * @param muted start with the sound off
   */
  public CoachViewModel(Routine routine, SessionControls controls, Chime chime, boolean muted) {
    this.routine = Objects.requireNonNull(routine, "routine");
    this.controls = Objects.requireNonNull(controls, "controls");
    this.progress = new StepProgressViewModel(routine.steps().size());
    this.rest = new RestViewModel(routine);
    this.sound = new SoundViewModel(chime, muted);
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
    if (streamEnded || sessionOver) {
      finished.set(true);
    } else {
      controls.endSession();
    }
  }

  public void toggleMute() {
    sound.toggleMute();
  }

  /** Leaves for the summary now (after a broken camera, or to skip the wait). */
  public void showSummary() {
    finished.set(true);
  }

  /** Enter: the summary, once the session or its video is over; nothing while it runs. */
  public void continueToSummary() {
    if (streamEnded || sessionOver) {
      finished.set(true);
    }
  }

  // ------------------------------------------------------------------ once per rendered frame

  /**
   * Brings the panels up to date.
   *
   * @param events the session's events since the last call; taken up to and including a step's end,
   *     the rest left for the next frame
   * @param snapshot the engine's latest state
   * @param liveStats frame rates and latency for the corner
   * @param end how the stream ended, once it has
   * @param wallSeconds a clock for banners and the wait before the summary
   */
  public void pulse(
      EventSource events,
      SessionSnapshot snapshot,
      LiveStats liveStats,
      Optional<PipelineSummary> end,
      double wallSeconds) {
    nowSeconds = wallSeconds;
    boolean stepBoundary = takeEvents(events);
    if (!stepBoundary && snapshot.stepIndex() == shownStep) {
      showSnapshot(snapshot);
    }
    stats.show(liveStats, nowSeconds);
    end.ifPresent(this::streamEnded);
    banner.tick(nowSeconds);
    if (nowSeconds >= finishAt && !problem.visibleProperty().get()) {
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
    progress.showStep(index, step);
    guidance.showStep(step);
    counter.showStep(step);
    tempo.showStep(step);
    hold.showStep(step);
  }

  private void motion(MotionEvent event) {
    if (event instanceof MotionEvent.RepCounted r) {
      counter.rep(r);
      tempo.counted(r);
      sound.repCounted();
    } else if (event instanceof MotionEvent.HoldCompleted h) {
      counter.hold(h);
      sound.holdCompleted();
    }
  }

  private void stepEnded(SessionEvent.StepEnded ended) {
    banner.show(stepEndedText(ended.step().title(), ended.status(), counter.summary()), nowSeconds);
  }

  /** "Cat-camel done: 20 of 20", "Cat-camel skipped at 4 of 20", … */
  static String stepEndedText(String title, StepStatus status, String counted) {
    return switch (status) {
      case COMPLETED -> title + " done: " + counted;
      case RESTARTED -> title + " started again after " + counted;
      default -> title + " " + status.word() + " at " + counted;
    };
  }

  private void sessionEnded(boolean completed) {
    sessionOver = true;
    guidance.hide();
    rest.end();
    cue.hide();
    banner.showForGood(completed ? "Well done — routine complete!" : "Session ended");
    finishAt = Math.min(finishAt, nowSeconds + SUMMARY_DELAY_SECONDS);
  }

  private void streamEnded(PipelineSummary summary) {
    if (streamEnded) {
      return;
    }
    streamEnded = true;
    summary.error().ifPresent(problem::videoLost);
    if (!sessionOver) {
      // The engine finishes with the stream; its end event follows, but never wait for it.
      finishAt = Math.min(finishAt, nowSeconds + SUMMARY_DELAY_SECONDS);
    }
  }

  private void showSnapshot(SessionSnapshot s) {
    progress.showElapsed(s.elapsedSeconds());
    rest.show(s);
    counter.showSide(
        s.expectedSide().or(() -> s.analyzer().flatMap(a -> a.currentSide())).orElse(null));
    Optional<AnalyzerSnapshot> analyzer = s.analyzer();
    boolean live = s.phase() == SessionPhase.GET_READY || s.phase() == SessionPhase.ACTIVE;
    if (analyzer.isEmpty() || !live) {
      guidance.hide();
      cue.hide();
      return;
    }
    AnalyzerSnapshot a = analyzer.get();
    guidance.show(a, s.step());
    cue.show(a.cue());
    tempo.show(a);
    hold.show(s.step(), a.holdProgress());
  }

  // ------------------------------------------------------------------ panels and state

  /** The top bar. */
  public StepProgressViewModel progress() {
    return progress;
  }

  public CounterViewModel counter() {
    return counter;
  }

  public TempoViewModel tempo() {
    return tempo;
  }

  public HoldViewModel hold() {
    return hold;
  }

  public GuidanceViewModel guidance() {
    return guidance;
  }

  public CueViewModel cue() {
    return cue;
  }

  /** The rest card and the pause card. */
  public RestViewModel rest() {
    return rest;
  }

  public BannerViewModel banner() {
    return banner;
  }

  public ProblemViewModel problem() {
    return problem;
  }

  public StatsViewModel stats() {
    return stats;
  }

  /** The chime and the keys hint. */
  public SoundViewModel sound() {
    return sound;
  }

  /** True once the view should make way for the summary. */
  public ReadOnlyBooleanProperty finishedProperty() {
    return finished.getReadOnlyProperty();
  }
}
