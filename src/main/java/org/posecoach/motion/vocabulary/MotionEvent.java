package org.posecoach.motion.vocabulary;

import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link org.posecoach.motion.ExerciseAnalyzer} reports to its listeners. Times are seconds
 * on the pose stream's clock ({@link org.posecoach.pose.Pose#timestampSeconds()}).
 */
public sealed interface MotionEvent {

  double timeSeconds();

  /**
   * A repetition was counted.
   *
   * @param count repetitions so far in this set, all sides
   * @param sideCount repetitions so far on this side (equals {@code count} when unsided)
   * @param durationSeconds the repetition's duration as the tempo bound measures it
   * @param rangeFraction its peak as a fraction of the user's range (textbook until calibrated)
   */
  record RepCounted(
      double timeSeconds,
      ExerciseId exercise,
      Optional<Side> side,
      int count,
      int sideCount,
      double durationSeconds,
      double rangeFraction)
      implements MotionEvent {
    public RepCounted {
      Objects.requireNonNull(side, "side");
    }
  }

  /**
   * A timed hold reached the routine's hold time (glute stretch).
   *
   * @param count holds completed so far, all sides
   * @param sideCount holds completed so far on this side
   */
  record HoldCompleted(
      double timeSeconds,
      ExerciseId exercise,
      Optional<Side> side,
      double heldSeconds,
      int count,
      int sideCount)
      implements MotionEvent {}

  /**
   * A form check found something.
   *
   * @param cue short text for the user, e.g. "Slow down"
   * @param side the side concerned, when there is one
   */
  record FormEvent(
      double timeSeconds, FormIssue issue, Severity severity, String cue, Optional<Side> side)
      implements MotionEvent {
    public FormEvent {
      Objects.requireNonNull(issue, "issue");
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(cue, "cue");
      Objects.requireNonNull(side, "side");
    }
  }

  /** The recognised body position changed (after settling). */
  record PositionChanged(double timeSeconds, BodyPosition from, BodyPosition to)
      implements MotionEvent {}

  /** The analyzer moved between getting into position, ready, counting. */
  record StateChanged(double timeSeconds, AnalyzerState from, AnalyzerState to)
      implements MotionEvent {}

  /** The cue on screen changed (empty: cleared). At most one cue is shown at a time. */
  record CueChanged(double timeSeconds, Optional<Cue> cue) implements MotionEvent {}
}
