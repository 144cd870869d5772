package org.posecoach.motion.rep;

/**
 * A one-way signal's movement since the user last rested at the start value: the highest value
 * reached, the lowest value before it and since it, when the segment began and from what value, and
 * whether it already counted. {@link OutAndBackDetector} measures a movement again from these when
 * the user comes back lower than it began.
 */
final class Segment {
  private double peak = Double.NEGATIVE_INFINITY;
  private double peakSeconds = Double.NaN;
  private double low = Double.POSITIVE_INFINITY;
  private double lowBeforePeak = Double.POSITIVE_INFINITY;
  private double lowSincePeak = Double.POSITIVE_INFINITY;
  private double start = Double.NaN;
  private double startValue = Double.NaN;
  private boolean counted;

  /** Follows the signal's extremes with one more sample. */
  void track(double t, double value) {
    if (value > peak) {
      peak = value;
      peakSeconds = t;
      lowBeforePeak = low;
      lowSincePeak = value;
    }
    low = Math.min(low, value);
    lowSincePeak = Math.min(lowSincePeak, value);
  }

  /**
   * Counting starts: no extremes, no start yet (the value it began from stays until a new one is
   * known).
   */
  void clear() {
    resetExtremes();
    start = Double.NaN;
    counted = false;
  }

  /** A new segment begins at {@code t}: the user is at the start value {@code neutral} again. */
  void begin(double t, double neutral) {
    resetExtremes();
    low = neutral;
    start = t;
    startValue = neutral;
    counted = false;
  }

  /**
   * The start value was first learnt at {@code t}: the set's first segment begins there but keeps
   * the extremes seen while arriving at it.
   */
  void startLearnt(double t, double neutral) {
    low = Math.min(low, neutral);
    start = t;
    startValue = neutral;
    counted = false;
  }

  /** Begins the segment at {@code t} unless it has begun. */
  void beginIfUnknown(double t) {
    if (Double.isNaN(start)) {
      start = t;
    }
  }

  /** What was seen so far cannot be measured again (after a gap, or counted). */
  void markCounted() {
    counted = true;
  }

  private void resetExtremes() {
    peak = Double.NEGATIVE_INFINITY;
    peakSeconds = Double.NaN;
    low = Double.POSITIVE_INFINITY;
    lowBeforePeak = Double.POSITIVE_INFINITY;
    lowSincePeak = Double.POSITIVE_INFINITY;
  }

  double peak() {
    return peak;
  }

  double peakSeconds() {
    return peakSeconds;
  }

  double lowBeforePeak() {
    return lowBeforePeak;
  }

  double lowSincePeak() {
    return lowSincePeak;
  }

  double start() {
    return start;
  }

  /** The start value the segment began from; NaN before any was known. */
  double startValue() {
    return startValue;
  }

  boolean counted() {
    return counted;
  }
}
