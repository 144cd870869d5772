package org.posecoach.motion.rep;

import java.util.ArrayList;
import java.util.List;

/**
 * Learns a user's own start value and range of motion, per direction (left/right side, or cat and
 * camel), from the start position and the first repetitions.
 *
 * <p>The start value ("neutral") is set from the start position held before counting begins and
 * then follows slow drift while the user rests there. The range starts at the exercise's textbook
 * value; once {@link #CALIBRATION_REPS} repetitions have reached the end position in a direction,
 * it becomes the median of their peaks. Later it may grow (a stiff user warming up) to the median
 * of the last {@link #RECENT_REPS}, but never shrinks, so a tiring user is told "go further"
 * instead of the bar being lowered.
 *
 * <pre>{@code
 * RangeCalibration cal = new RangeCalibration(40, 40);
 * cal.setNeutral(-12);
 * cal.addPeak(true, 30); cal.addPeak(true, 34); cal.addPeak(true, 31);
 * cal.range(true);   // 31: this user's range to the positive end
 * }</pre>
 */
public final class RangeCalibration {

  /**
   * Three repetitions: the median of three already rejects one odd repetition, and the routine's
   * shortest set (thread the needle, 5 per side) still ends calibrated.
   */
  public static final int CALIBRATION_REPS = 3;

  /** Window for letting the range grow: about one third of a 10-15 repetition set. */
  public static final int RECENT_REPS = 5;

  /**
   * The start value follows drift with this time constant, only while resting near it: slow enough
   * that a pause partway into a movement cannot drag it far (a 2 s pause at 20 % of the range moves
   * it by 5 % of the range).
   */
  public static final double NEUTRAL_TIME_CONSTANT_SECONDS = 6.0;

  private final double nominalPositive;
  private final double nominalNegative;
  private double neutral;
  private final List<Double> positivePeaks = new ArrayList<>();
  private final List<Double> negativePeaks = new ArrayList<>();
  private double positiveRange = Double.NaN;
  private double negativeRange = Double.NaN;

  /**
   * @param nominalPositive textbook range towards positive values (positive number)
   * @param nominalNegative textbook range towards negative values (positive number)
   */
  public RangeCalibration(double nominalPositive, double nominalNegative) {
    if (!(nominalPositive > 0) || !(nominalNegative > 0)) {
      throw new IllegalArgumentException("nominal ranges must be positive");
    }
    this.nominalPositive = nominalPositive;
    this.nominalNegative = nominalNegative;
  }

  /** Sets the start value, measured while the user holds the start position. */
  public void setNeutral(double value) {
    neutral = value;
  }

  public double neutral() {
    return neutral;
  }

  /** Lets the start value follow {@code value} over {@code dtSeconds} (call only while resting). */
  public void trackNeutral(double value, double dtSeconds) {
    trackNeutral(value, dtSeconds, NEUTRAL_TIME_CONSTANT_SECONDS);
  }

  /** As {@link #trackNeutral(double, double)}, with another time constant. */
  public void trackNeutral(double value, double dtSeconds, double timeConstantSeconds) {
    if (dtSeconds > 0) {
      neutral += (1 - Math.exp(-dtSeconds / timeConstantSeconds)) * (value - neutral);
    }
  }

  /** The user's range towards positive or negative values (the textbook range until calibrated). */
  public double range(boolean positive) {
    double r = positive ? positiveRange : negativeRange;
    return Double.isNaN(r) ? nominal(positive) : r;
  }

  public double nominal(boolean positive) {
    return positive ? nominalPositive : nominalNegative;
  }

  public boolean isCalibrated(boolean positive) {
    return !Double.isNaN(positive ? positiveRange : negativeRange);
  }

  /** Records the peak (distance from neutral, positive) of a repetition that reached the end. */
  public void addPeak(boolean positive, double peak) {
    List<Double> peaks = positive ? positivePeaks : negativePeaks;
    peaks.add(Math.abs(peak));
    if (peaks.size() < CALIBRATION_REPS) {
      return;
    }
    double learnt =
        peaks.size() == CALIBRATION_REPS
            ? median(peaks)
            : Math.max(
                range(positive),
                median(peaks.subList(Math.max(0, peaks.size() - RECENT_REPS), peaks.size())));
    if (positive) {
      positiveRange = learnt;
    } else {
      negativeRange = learnt;
    }
  }

  /** The median of {@code values} (the mean of the middle two for an even count). */
  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(Double::compare);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
