package org.posecoach.motion.review;

import java.util.Objects;
import java.util.Optional;

/**
 * A set looked back on: what was counted, what the coach saw, and a second opinion on the count.
 *
 * @param reps repetitions (or holds) counted, all sides
 * @param leftReps counted on the left (0 when unsided)
 * @param rightReps counted on the right (0 when unsided)
 * @param reason one sentence: what was counted and in what, or why nothing was and what to change
 * @param rhythm the independent count from the signal's rhythm, when the set had one to read
 * @param check a sentence when the rhythm's count disagrees with the detector's
 */
public record SetReview(
    int reps,
    int leftReps,
    int rightReps,
    String reason,
    Optional<PeriodicityCounter.Count> rhythm,
    Optional<String> check) {

  public SetReview {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(rhythm, "rhythm");
    Objects.requireNonNull(check, "check");
  }
}
