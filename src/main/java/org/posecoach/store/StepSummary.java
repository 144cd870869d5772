package org.posecoach.store;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.routine.Sides;

/**
 * A step as recorded: its targets and how it went.
 *
 * @param position its place in the routine, from 1 (a repeated step appears twice)
 * @param targetReps reps (or holds) on each side the step works
 * @param startSeconds seconds after the session start
 * @param endSeconds empty while in progress
 * @param reason what the coach saw in the step (why nothing counted, when nothing did); empty while
 *     in progress and for steps recorded before it was kept
 * @param check a note when an independent count of the step disagreed with the coach's
 */
public record StepSummary(
    StepId id,
    int position,
    ExerciseId exercise,
    int targetReps,
    double targetHoldSeconds,
    Sides sides,
    double startSeconds,
    OptionalDouble endSeconds,
    StepStatus status,
    Optional<String> reason,
    Optional<String> check) {
  public StepSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(exercise, "exercise");
    Objects.requireNonNull(sides, "sides");
    Objects.requireNonNull(endSeconds, "endSeconds");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(check, "check");
  }
}
