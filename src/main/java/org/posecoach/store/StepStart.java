package org.posecoach.store;

import java.util.Objects;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.routine.RoutineStep;
import org.posecoach.routine.Sides;

/**
 * What is known when a step starts.
 *
 * @param position the step's place in the routine, from 1
 * @param exercise the exercise
 * @param targetReps the target: reps (or holds) on each side the step works
 * @param targetHoldSeconds the hold asked of each rep; 0 when none
 * @param sides which sides the step works
 * @param startSeconds when the step started, in seconds after the session's start
 */
public record StepStart(
    int position,
    ExerciseId exercise,
    int targetReps,
    double targetHoldSeconds,
    Sides sides,
    double startSeconds) {
  public StepStart {
    Checks.positive(position, "position");
    Objects.requireNonNull(exercise, "exercise");
    Checks.positive(targetReps, "targetReps");
    Checks.nonNegative(targetHoldSeconds, "targetHoldSeconds");
    Objects.requireNonNull(sides, "sides");
    Checks.nonNegative(startSeconds, "startSeconds");
  }

  /** The start of routine step {@code position} (from 1), its targets taken from the routine. */
  public static StepStart of(int position, RoutineStep step, double startSeconds) {
    return new StepStart(
        position,
        step.exercise(),
        step.reps(),
        step.holdSeconds(),
        step.sides().sides(),
        startSeconds);
  }
}
