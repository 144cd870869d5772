package org.posecoach.motion.rep;

import java.util.Optional;
import org.posecoach.motion.vocabulary.Side;

/**
 * One movement away from the start position and back, whether or not it reached the end position:
 * the measurements form checks need.
 *
 * @param positive whether it went towards positive signal values (left side; camel)
 * @param side the person's side for sided exercises; empty otherwise
 * @param onsetSeconds when it left rest
 * @param reachedSeconds when it reached the end position; NaN when it never did
 * @param endSeconds when it came back through the centre
 * @param peak the largest distance from the start value, in signal units (positive)
 * @param thresholds the thresholds it was judged against
 * @param calibrated whether {@code thresholds} were from the user's own calibrated range
 * @param heldSeconds how long the end position was held still
 * @param submovements the larger number of speed bursts the movement out or back was made of (see
 *     {@link MovementQuality}): 1 when smooth, 2 or more when stop-and-go, 0 when too short to
 *     judge
 * @param durationSeconds estimated duration from leaving rest to being back at rest
 */
public record Excursion(
    boolean positive,
    Optional<Side> side,
    double onsetSeconds,
    double reachedSeconds,
    double endSeconds,
    double peak,
    Thresholds thresholds,
    boolean calibrated,
    double heldSeconds,
    int submovements,
    double durationSeconds) {

  public boolean reachedEnd() {
    return !Double.isNaN(reachedSeconds);
  }

  /** The peak as a fraction of the user's (or textbook) range. */
  public double rangeFraction() {
    return peak / thresholds.range();
  }
}
