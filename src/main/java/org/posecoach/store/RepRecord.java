package org.posecoach.store;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.posecoach.motion.vocabulary.Side;

/**
 * One counted repetition.
 *
 * @param index 1 for the step's first rep, counting all sides
 * @param side the side, for one-sided exercises
 * @param startSeconds when the rep began (left the start position), seconds after the session start
 * @param endSeconds when it was counted (back in the start position)
 * @param durationSeconds its duration as the tempo bounds measure it (the full cycle for
 *     cat-camel), which may differ from {@code endSeconds - startSeconds}
 * @param heldSeconds how long the end position was held; 0 when the step asks for no hold
 * @param rangeFraction its peak as a fraction of the user's range (can exceed 1)
 * @param peakValue its peak in the signal's own unit (degrees or torso lengths), when known
 */
public record RepRecord(
    int index,
    Optional<Side> side,
    double startSeconds,
    double endSeconds,
    double durationSeconds,
    double heldSeconds,
    double rangeFraction,
    OptionalDouble peakValue) {
  public RepRecord {
    Checks.positive(index, "index");
    Objects.requireNonNull(side, "side");
    Checks.nonNegative(startSeconds, "startSeconds");
    Checks.nonNegative(endSeconds, "endSeconds");
    if (endSeconds < startSeconds) {
      throw new IllegalArgumentException("a rep cannot end before it starts");
    }
    Checks.nonNegative(durationSeconds, "durationSeconds");
    Checks.nonNegative(heldSeconds, "heldSeconds");
    Checks.nonNegative(rangeFraction, "rangeFraction");
    Objects.requireNonNull(peakValue, "peakValue");
    peakValue.ifPresent(v -> Checks.finite(v, "peakValue"));
  }
}
