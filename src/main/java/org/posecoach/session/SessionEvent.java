package org.posecoach.session;

import org.posecoach.motion.review.SetReview;
import org.posecoach.motion.vocabulary.MotionEvent;
import org.posecoach.routine.Routine;
import org.posecoach.routine.RoutineStep;
import org.posecoach.store.StepStatus;

/**
 * What a {@link SessionEngine} reports, for the UI, the CLI and the history. Times are seconds
 * since the session started, on the frame clock.
 */
public sealed interface SessionEvent {
  double timeSeconds();

  record SessionStarted(double timeSeconds, Routine routine) implements SessionEvent {}

  /** A step began: its analyzer waits for the start position. {@code index} counts from 0. */
  record StepStarted(double timeSeconds, int index, RoutineStep step) implements SessionEvent {}

  /** Counting began in the step (the start position was recognised and held). */
  record StepActive(double timeSeconds, int index) implements SessionEvent {}

  /** Something happened in the step: a rep, a hold, a form event, a new cue. */
  record Motion(double timeSeconds, int index, MotionEvent event) implements SessionEvent {}

  /**
   * A step ended; {@code status} says how: completed, skipped, restarted, or cut short by the end
   * of the session (partly done, ended early). {@code review} is the set looked back on: its
   * counts, what the coach saw (why nothing counted, when nothing did) and the rhythm's second
   * opinion.
   */
  record StepEnded(
      double timeSeconds, int index, RoutineStep step, StepStatus status, SetReview review)
      implements SessionEvent {}

  record RestStarted(double timeSeconds, double seconds, int nextIndex) implements SessionEvent {}

  record Paused(double timeSeconds) implements SessionEvent {}

  record Resumed(double timeSeconds) implements SessionEvent {}

  /** The session is over: {@code completed} when every step was done, not ended early. */
  record SessionEnded(double timeSeconds, boolean completed) implements SessionEvent {}
}
