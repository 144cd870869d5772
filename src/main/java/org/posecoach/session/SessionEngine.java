package org.posecoach.session;

import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.posecoach.motion.AnalyzerSnapshot;
import org.posecoach.motion.ExerciseAnalyzer;
import org.posecoach.motion.SignalTrace;
import org.posecoach.motion.signal.ExerciseSignals;
import org.posecoach.motion.vocabulary.AnalyzerState;
import org.posecoach.motion.vocabulary.ExerciseSettings;
import org.posecoach.motion.vocabulary.Side;
import org.posecoach.pose.Pose;
import org.posecoach.routine.Routine;
import org.posecoach.routine.RoutineStep;
import org.posecoach.routine.SideOrder;
import org.posecoach.routine.Sides;
import org.posecoach.store.StepStatus;

/**
 * Walks a routine over a stream of poses: each step gets an {@link ExerciseAnalyzer}; the step
 * counts once its start position is recognised and held, ends when its target is met (on every side
 * it works), and is followed by its rest countdown; then the next step. Pause, resume, skip, repeat
 * and end can be asked from any thread and take effect on the next frame.
 *
 * <p>Input: every frame's pose or its absence, in time order, from one thread ({@link #accept}).
 * Output: {@link SessionEvent}s to the listeners on that thread, and a {@link SessionSnapshot} any
 * thread may read.
 *
 * <pre>{@code
 * SessionEngine engine = new SessionEngine(routine, SessionEngine.Options.COACHING);
 * engine.addListener(event -> history.record(event));
 * pipeline listener: engine.accept(result.pose(), result.timestampNanos());
 * ui: engine.snapshot(); engine.skip();
 * }</pre>
 */
public final class SessionEngine {
  /**
   * @param advanceOnTarget move to the next step when a step's target is met (coaching); when
   *     false, a step counts until the stream ends (analysing a recording of one exercise)
   */
  public record Options(boolean advanceOnTarget) {
    public static final Options COACHING = new Options(true);
    public static final Options COUNT_UNTIL_END = new Options(false);
  }

  private enum Command {
    TOGGLE_PAUSE,
    SKIP,
    REPEAT,
    END
  }

  private final Routine routine;
  private final Options options;
  private final List<ExerciseSettings> settings;
  private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
  private final Queue<Command> commands = new ConcurrentLinkedQueue<>();
  private volatile SessionSnapshot snapshot;

  private long startNanos = Long.MIN_VALUE;
  private double now;
  private int index;
  private SessionPhase phase = SessionPhase.GET_READY;
  private SessionPhase beforePause;
  private ExerciseAnalyzer analyzer;
  private SignalTrace.Listener trace;
  private double restEnd;
  private double restRemainingWhenPaused;
  private double restSeconds;
  private boolean allStepsDone;
  private boolean stepOpen;

  /**
   * @throws IllegalArgumentException when a step asks for something the analyzer cannot do (the
   *     message names the step)
   */
  public SessionEngine(Routine routine, Options options) {
    this.routine = routine;
    this.options = options;
    this.settings = routine.steps().stream().map(s -> settingsFor(s, routine)).toList();
    this.snapshot = snapshotNow();
  }

  /** The analyzer settings a routine step asks for. */
  public static ExerciseSettings settingsFor(RoutineStep step, Routine routine) {
    try {
      return ExerciseSettings.builder(step.exercise())
          .targetReps(step.reps())
          .perSide(step.sides().sides() != Sides.NONE)
          .holdSeconds(step.holdSeconds())
          .minSecondsPerRep(step.tempo().minRepSeconds())
          .minRangeFraction(step.minRange().fraction())
          .build();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Routine '" + routine.name() + "', step '" + step.title() + "': " + e.getMessage(), e);
    }
  }

  public Routine routine() {
    return routine;
  }

  /** Whether the current step reads the person's mask, so the estimator should give it. */
  public boolean wantsMasks() {
    return phase != SessionPhase.DONE && ExerciseSignals.needsMask(settings.get(index).exercise());
  }

  /** The titles of the routine's steps that read the person's mask, in order. */
  public List<String> stepsNeedingMasks() {
    List<String> titles = new java.util.ArrayList<>();
    for (int i = 0; i < settings.size(); i++) {
      if (ExerciseSignals.needsMask(settings.get(i).exercise())) {
        titles.add(routine.steps().get(i).title());
      }
    }
    return titles;
  }

  public void addListener(SessionListener listener) {
    listeners.add(listener);
  }

  /**
   * Receives every counted frame's signal and levels, whichever step counts it ({@code analyze
   * --trace}); null for none. Set before the first frame.
   */
  public void setTraceListener(SignalTrace.Listener listener) {
    this.trace = listener;
  }

  /** The latest state; safe from any thread. */
  public SessionSnapshot snapshot() {
    return snapshot;
  }

  /** Pauses the session, or resumes a paused one. */
  public void togglePause() {
    commands.add(Command.TOGGLE_PAUSE);
  }

  /** Ends the current step as skipped (or cuts a rest short). */
  public void skip() {
    commands.add(Command.SKIP);
  }

  /** Starts the current step again (during a rest: the step just done). */
  public void repeat() {
    commands.add(Command.REPEAT);
  }

  /** Ends the session on the next frame. */
  public void end() {
    commands.add(Command.END);
  }

  /** Ends the session now, from the feeding thread (the stream is over). */
  public void finish(long timestampNanos) {
    if (phase != SessionPhase.DONE) {
      if (startNanos == Long.MIN_VALUE) {
        begin(timestampNanos);
      }
      now = seconds(timestampNanos);
      endSession();
    }
  }

  public boolean isDone() {
    return phase == SessionPhase.DONE;
  }

  /** Feeds one frame's pose (or its absence); call on one thread, in time order. */
  public void accept(Optional<Pose> pose, long timestampNanos) {
    if (startNanos == Long.MIN_VALUE) {
      begin(timestampNanos);
    }
    now = Math.max(now, seconds(timestampNanos));
    for (Command c; (c = commands.poll()) != null; ) {
      apply(c);
    }
    switch (phase) {
      case REST -> {
        if (now >= restEnd) {
          startStep(index + 1);
        }
      }
      case GET_READY, ACTIVE -> analyse(pose, timestampNanos);
      case PAUSED, DONE -> {}
    }
    snapshot = snapshotNow();
  }

  private void begin(long timestampNanos) {
    startNanos = timestampNanos;
    now = 0;
    emit(new SessionEvent.SessionStarted(0, routine));
    startStep(0);
  }

  private double seconds(long nanos) {
    return (nanos - startNanos) / 1e9;
  }

  private void analyse(Optional<Pose> pose, long timestampNanos) {
    analyzer.accept(pose, timestampNanos);
    AnalyzerSnapshot a = analyzer.snapshot();
    if (phase == SessionPhase.GET_READY && a.state() == AnalyzerState.ACTIVE) {
      phase = SessionPhase.ACTIVE;
      emit(new SessionEvent.StepActive(now, index));
    }
    if (options.advanceOnTarget() && targetMet(routine.steps().get(index), a)) {
      endStep(StepStatus.COMPLETED);
    }
  }

  static boolean targetMet(RoutineStep step, AnalyzerSnapshot a) {
    int target = step.reps();
    return switch (step.sides().sides()) {
      case NONE -> a.reps() >= target;
      case LEFT -> a.leftReps() >= target;
      case RIGHT -> a.rightReps() >= target;
      case BOTH -> a.leftReps() >= target && a.rightReps() >= target;
    };
  }

  private void apply(Command command) {
    if (phase == SessionPhase.DONE) {
      return;
    }
    switch (command) {
      case TOGGLE_PAUSE -> {
        if (phase == SessionPhase.PAUSED) {
          resumeNow();
        } else {
          pauseNow();
        }
      }
      case SKIP -> {
        resumeNow();
        if (phase == SessionPhase.REST) {
          startStep(index + 1);
        } else {
          endStep(StepStatus.SKIPPED);
        }
      }
      case REPEAT -> {
        resumeNow();
        if (phase == SessionPhase.REST) {
          startStep(index); // the step just done, again
        } else {
          stepOpen = false;
          emit(
              new SessionEvent.StepEnded(
                  now, index, routine.steps().get(index), StepStatus.RESTARTED, analyzer.review()));
          startStep(index);
        }
      }
      case END -> endSession();
    }
  }

  private void pauseNow() {
    if (phase == SessionPhase.PAUSED) {
      return;
    }
    beforePause = phase;
    restRemainingWhenPaused = Math.max(0, restEnd - now);
    phase = SessionPhase.PAUSED;
    emit(new SessionEvent.Paused(now));
  }

  private void resumeNow() {
    if (phase != SessionPhase.PAUSED) {
      return;
    }
    phase = beforePause;
    if (phase == SessionPhase.REST) {
      restEnd = now + restRemainingWhenPaused; // the rest clock stood still while paused
    }
    emit(new SessionEvent.Resumed(now));
  }

  private void startStep(int stepIndex) {
    if (stepIndex >= routine.steps().size()) {
      allStepsDone = true;
      endSession();
      return;
    }
    index = stepIndex;
    analyzer = new ExerciseAnalyzer(settings.get(index));
    analyzer.setTraceListener(trace);
    int forStep = index;
    analyzer.addListener(
        e -> emit(new SessionEvent.Motion(e.timeSeconds() - startNanos / 1e9, forStep, e)));
    phase = SessionPhase.GET_READY;
    restSeconds = 0;
    stepOpen = true;
    emit(new SessionEvent.StepStarted(now, index, routine.steps().get(index)));
  }

  private void endStep(StepStatus status) {
    RoutineStep step = routine.steps().get(index);
    stepOpen = false;
    emit(new SessionEvent.StepEnded(now, index, step, status, analyzer.review()));
    boolean last = index == routine.steps().size() - 1;
    if (last) {
      allStepsDone = status == StepStatus.COMPLETED;
      endSession();
    } else if (step.restAfterSeconds() > 0) {
      phase = SessionPhase.REST;
      restSeconds = step.restAfterSeconds();
      restEnd = now + restSeconds;
      emit(new SessionEvent.RestStarted(now, restSeconds, index + 1));
    } else {
      startStep(index + 1);
    }
  }

  private void endSession() {
    if (stepOpen) {
      stepOpen = false;
      StepStatus status = openStepStatus();
      allStepsDone = status == StepStatus.COMPLETED && index == routine.steps().size() - 1;
      emit(
          new SessionEvent.StepEnded(
              now, index, routine.steps().get(index), status, analyzer.review()));
    }
    phase = SessionPhase.DONE;
    emit(new SessionEvent.SessionEnded(now, allStepsDone));
    snapshot = snapshotNow();
  }

  /**
   * How the step under way stands when the session ends: counting to the end of a recording
   * completes it; coaching, it is completed only if its target was met, else cut short.
   */
  private StepStatus openStepStatus() {
    AnalyzerSnapshot a = analyzer.snapshot();
    if (!options.advanceOnTarget() || targetMet(routine.steps().get(index), a)) {
      return StepStatus.COMPLETED;
    }
    return StepStatus.cutShort(a.reps() > 0);
  }

  private SessionSnapshot snapshotNow() {
    RoutineStep step = routine.steps().get(index);
    Optional<AnalyzerSnapshot> a = Optional.ofNullable(analyzer).map(ExerciseAnalyzer::snapshot);
    double remaining =
        phase == SessionPhase.REST
            ? Math.max(0, restEnd - now)
            : phase == SessionPhase.PAUSED && beforePause == SessionPhase.REST
                ? restRemainingWhenPaused
                : 0;
    return new SessionSnapshot(
        routine.name(),
        index,
        routine.steps().size(),
        step,
        phase,
        a,
        expectedSide(step, a),
        remaining,
        restSeconds,
        now);
  }

  /** The side to work now: the only side, or the current block's side. */
  static Optional<Side> expectedSide(RoutineStep step, Optional<AnalyzerSnapshot> a) {
    Sides sides = step.sides().sides();
    if (sides == Sides.LEFT) {
      return Optional.of(Side.LEFT);
    }
    if (sides == Sides.RIGHT) {
      return Optional.of(Side.RIGHT);
    }
    if (sides != Sides.BOTH || step.sides().order() != SideOrder.BLOCKS) {
      return Optional.empty();
    }
    Side first = step.sides().firstSide();
    int doneOnFirst = a.map(s -> first == Side.LEFT ? s.leftReps() : s.rightReps()).orElse(0);
    return Optional.of(doneOnFirst >= step.reps() ? first.opposite() : first);
  }

  private void emit(SessionEvent event) {
    for (SessionListener l : listeners) {
      l.onEvent(event);
    }
  }
}
