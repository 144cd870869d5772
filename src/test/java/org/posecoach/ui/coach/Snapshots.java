package org.posecoach.ui.coach;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.posecoach.motion.AnalyzerSnapshot;
import org.posecoach.motion.rep.Phase;
import org.posecoach.motion.vocabulary.AnalyzerState;
import org.posecoach.motion.vocabulary.BodyPosition;
import org.posecoach.motion.vocabulary.Cue;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.MotionEvent;
import org.posecoach.motion.vocabulary.Side;
import org.posecoach.routine.Routine;
import org.posecoach.routine.RoutineLoader;
import org.posecoach.session.SessionEvent;
import org.posecoach.session.SessionPhase;
import org.posecoach.session.SessionSnapshot;
import org.posecoach.ui.live.SessionControls;

/** Session states and events made by hand, for the tests of the coach screen's view models. */
final class Snapshots {
  /** The morning routine: lumbar rotation (both sides), knees to chest, glute stretch, … */
  static final Routine MORNING = RoutineLoader.load(Path.of("routines", "morning-low-back.yaml"));

  static final int LUMBAR = 0;
  static final int GLUTE = 2;
  static final int CAT_CAMEL = 3;
  static final int PRAYER = 4;

  private Snapshots() {}

  /** An analyzer snapshot of the step's exercise in {@code state}, nothing else going on. */
  static AnalyzerSnapshot analyzer(int step, AnalyzerState state) {
    return analyzer(step, state, Phase.REST, 0, Optional.empty(), Optional.empty());
  }

  static AnalyzerSnapshot analyzer(
      int step,
      AnalyzerState state,
      Phase phase,
      double timeSeconds,
      Optional<Cue> cue,
      Optional<String> instruction) {
    ExerciseId exercise = MORNING.steps().get(step).exercise();
    return new AnalyzerSnapshot(
        timeSeconds,
        exercise,
        state,
        BodyPosition.HANDS_AND_KNEES,
        Optional.empty(),
        0,
        0,
        0,
        MORNING.steps().get(step).reps(),
        false,
        phase,
        phase == Phase.REST ? 0 : 0.6,
        Optional.empty(),
        0,
        cue,
        instruction);
  }

  static SessionSnapshot session(int step, SessionPhase phase, Optional<AnalyzerSnapshot> a) {
    return session(step, phase, a, 0, 0);
  }

  static SessionSnapshot session(
      int step,
      SessionPhase phase,
      Optional<AnalyzerSnapshot> a,
      double restRemaining,
      double restSeconds) {
    return new SessionSnapshot(
        MORNING.name(),
        step,
        MORNING.steps().size(),
        MORNING.steps().get(step),
        phase,
        a,
        Optional.empty(),
        restRemaining,
        restSeconds,
        12);
  }

  static SessionEvent rep(int step, Optional<Side> side, int count, int sideCount) {
    ExerciseId exercise = MORNING.steps().get(step).exercise();
    return new SessionEvent.Motion(
        1, step, new MotionEvent.RepCounted(1, exercise, side, count, sideCount, 3.5, 0.9));
  }

  /** Events handed out in order, as {@link org.posecoach.ui.live.LiveSession#pollEvent} does. */
  static final class Events implements CoachViewModel.EventSource {
    private final Deque<SessionEvent> queue = new ArrayDeque<>();

    Events add(SessionEvent... events) {
      queue.addAll(List.of(events));
      return this;
    }

    @Override
    public SessionEvent poll() {
      return queue.poll();
    }

    int left() {
      return queue.size();
    }
  }

  /** Records the commands the view model sends. */
  static final class Controls implements SessionControls {
    final StringBuilder log = new StringBuilder();

    @Override
    public void togglePause() {
      log.append("pause ");
    }

    @Override
    public void skip() {
      log.append("skip ");
    }

    @Override
    public void repeat() {
      log.append("repeat ");
    }

    @Override
    public void endSession() {
      log.append("end ");
    }
  }

  /** Counts the sounds the view model asks for. */
  static final class CountingChime implements Chime {
    int reps;
    int holds;

    @Override
    public void repCounted() {
      reps++;
    }

    @Override
    public void holdCompleted() {
      holds++;
    }
  }
}
