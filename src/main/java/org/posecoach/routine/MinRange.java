package org.posecoach.routine;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The smallest movement that counts as a rep. Both bounds apply when both are given.
 *
 * @param fraction a fraction of the user's own range (the textbook range until the user has
 *     calibrated), in (0, 1]
 * @param value an absolute minimum in the unit of the exercise's movement signal for the step's
 *     camera placement (degrees or torso lengths, see {@code docs/motion.md}); empty when not set
 */
public record MinRange(double fraction, OptionalDouble value) {
  public MinRange {
    Objects.requireNonNull(value, "value");
    if (!(fraction > 0 && fraction <= 1)) {
      throw new IllegalArgumentException("fraction must be in (0, 1], got " + fraction);
    }
    if (value.isPresent() && !(value.getAsDouble() > 0 && Double.isFinite(value.getAsDouble()))) {
      throw new IllegalArgumentException("value must be > 0 and finite, got " + value);
    }
  }
}
