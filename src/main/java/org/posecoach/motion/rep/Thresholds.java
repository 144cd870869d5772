package org.posecoach.motion.rep;

/**
 * The levels a repetition detector compares one direction's excursion (distance from the start
 * value, positive) against, all in the signal's units.
 *
 * @param range the user's range in this direction (textbook until calibrated)
 * @param rest at or below this the user is at rest in the start position
 * @param exit at or below this the movement is back through the centre (the lower threshold)
 * @param attempt an excursion peaking between this and {@code enter} is a visible but too small
 *     attempt
 * @param enter at or above this (for a short time) the end position is reached (upper threshold)
 */
public record Thresholds(double range, double rest, double exit, double attempt, double enter) {

  /**
   * The end position counts as reached at half the user's range: well above keypoint jitter (under
   * 10 % of a range once smoothed) and reached even by a repetition a third short of the user's
   * usual one.
   */
  public static final double ENTER_FRACTION = 0.5;

  /**
   * Back through the centre within a quarter of the range; the band between this and {@link
   * #ENTER_FRACTION} is the hysteresis dead band.
   */
  public static final double EXIT_FRACTION = 0.25;

  /**
   * An excursion out of the centre band (past 25 % of the range, for long enough) that never
   * reaches the end is a deliberate but too small repetition; fidgets stay below about 15 %.
   */
  public static final double ATTEMPT_FRACTION = 0.25;

  /** Within 10 % of the range the user is resting: the start of a movement is timed from here. */
  public static final double REST_FRACTION = 0.1;

  /**
   * Until calibrated, the end position is reached at 40 % of the textbook range (or the routine's
   * minimum when higher), so a stiff beginner's first repetitions count and calibrate.
   */
  public static final double UNCALIBRATED_ENTER_FRACTION = 0.4;

  /**
   * Thresholds for a direction.
   *
   * @param range the user's (or textbook) range in this direction, positive
   * @param minRange the routine's minimum range in signal units: the end threshold never drops
   *     below it
   * @param calibrated whether {@code range} is the user's own (else the textbook's)
   */
  public static Thresholds of(double range, double minRange, boolean calibrated) {
    double fraction = calibrated ? ENTER_FRACTION : UNCALIBRATED_ENTER_FRACTION;
    double enter = Math.max(fraction * range, minRange);
    return new Thresholds(
        range,
        REST_FRACTION * range,
        EXIT_FRACTION * range,
        Math.min(ATTEMPT_FRACTION * range, 0.9 * enter),
        enter);
  }
}
