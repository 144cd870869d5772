package org.posecoach.motion.rep;

import java.util.Objects;
import org.posecoach.motion.signal.ExerciseSignal;
import org.posecoach.motion.signal.SignalShape;
import org.posecoach.motion.vocabulary.ExerciseSettings;

/**
 * What a repetition detector needs to know about the exercise.
 *
 * @param shape how the signal moves in one repetition
 * @param nominalPositive textbook range towards positive values, signal units
 * @param nominalNegative textbook range towards negative values, signal units
 * @param minRangeFraction smallest counted movement, as a fraction of the textbook range
 * @param holdSeconds how long the end position should be held (0: no hold)
 * @param countHolds whether a completed hold is what counts (glute stretch) rather than the return
 *     through the centre
 * @param quadraticNearRest whether the signal grows with the square of the movement near rest (see
 *     {@link ExerciseSignal#quadraticNearRest()})
 * @param restValue the signal's value in the start position for an average adult (see {@link
 *     ExerciseSignal#restValue()}): the start value of signed and two-ended signals until the
 *     user's own is learnt
 */
public record DetectorConfig(
    SignalShape shape,
    double nominalPositive,
    double nominalNegative,
    double minRangeFraction,
    double holdSeconds,
    boolean countHolds,
    boolean quadraticNearRest,
    double restValue) {

  public DetectorConfig {
    Objects.requireNonNull(shape, "shape");
  }

  /** The configuration for {@code signal} under {@code settings}. */
  public static DetectorConfig of(ExerciseSignal signal, ExerciseSettings settings) {
    boolean countHolds = settings.holdSeconds() > 0 && !isRepWithHold(settings);
    return new DetectorConfig(
        signal.shape(),
        signal.nominalRange(true),
        signal.nominalRange(false),
        settings.minRangeFraction(),
        settings.holdSeconds(),
        countHolds,
        signal.quadraticNearRest(),
        signal.restValue());
  }

  /**
   * A hold that is part of a repetition (knees to chest holds 1 s, then releases) rather than the
   * whole of it (glute stretch: one long hold per side). Holds of 5 s or more are the exercise.
   */
  private static boolean isRepWithHold(ExerciseSettings settings) {
    return settings.holdSeconds() < 5.0;
  }

  public boolean sided() {
    return shape == SignalShape.SIGNED_SIDES || shape == SignalShape.VOTED_SIDES;
  }
}
