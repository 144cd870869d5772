package org.posecoach.motion.rep;

import java.util.Optional;
import org.posecoach.motion.vocabulary.Side;

/**
 * A counted repetition (or, for timed holds, a completed hold).
 *
 * @param number 1 for the first repetition of the set, counting both sides
 * @param side the side, for sided exercises
 * @param sideNumber 1 for the first repetition on this side (equals {@code number} when unsided)
 * @param timeSeconds when it was counted
 * @param durationSeconds its duration, as {@link org.posecoach.motion.vocabulary.ExerciseSettings}
 *     tempo bounds measure it (full cycle for cat-camel)
 * @param heldSeconds how long its end position was held
 * @param rangeFraction its peak as a fraction of the user's range (textbook until calibrated)
 */
public record Rep(
    int number,
    Optional<Side> side,
    int sideNumber,
    double timeSeconds,
    double durationSeconds,
    double heldSeconds,
    double rangeFraction) {}
