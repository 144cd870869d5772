package org.posecoach.store;

import java.util.Objects;
import java.util.OptionalDouble;
import org.posecoach.routine.Sides;

/**
 * A step as recorded: its targets and how it went.
 *
 * @param position its place in the routine, from 1 (a repeated step appears twice)
 * @param targetReps reps (or holds) on each side the step works
 * @param startSeconds seconds after the session start
 * @param endSeconds empty while in progress
 */
public record StepSummary(
    StepId id,
    int position,
    String exercise,
    int targetReps,
    double targetHoldSeconds,
    Sides sides,
    double startSeconds,
    OptionalDouble endSeconds,
    StepStatus status) {
  public StepSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(exercise, "exercise");
    Objects.requireNonNull(sides, "sides");
    Objects.requireNonNull(endSeconds, "endSeconds");
    Objects.requireNonNull(status, "status");
  }
}
