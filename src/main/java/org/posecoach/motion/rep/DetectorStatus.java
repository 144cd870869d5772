package org.posecoach.motion.rep;

import java.util.Optional;
import org.posecoach.motion.vocabulary.Side;

/**
 * A repetition detector's state, for the overlay.
 *
 * @param phase where the current repetition stands
 * @param progress distance from the start value as a fraction of the user's range, 0..1
 * @param positive the direction of the current movement
 * @param side the side of the current movement, for sided exercises
 * @param heldSeconds how long the current end position has been held
 * @param reps repetitions counted (all sides)
 * @param leftReps repetitions counted on the left (0 when unsided)
 * @param rightReps repetitions counted on the right (0 when unsided)
 */
public record DetectorStatus(
    Phase phase,
    double progress,
    boolean positive,
    Optional<Side> side,
    double heldSeconds,
    int reps,
    int leftReps,
    int rightReps) {}
