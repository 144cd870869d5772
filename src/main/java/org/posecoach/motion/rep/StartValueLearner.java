package org.posecoach.motion.rep;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Learns a signal's start value where the user first holds still: the median of the samples over a
 * still spell of a set length (the median of ten frames or so is steady under jitter).
 */
final class StartValueLearner {
  private final double stillSeconds;
  private final List<Double> stillValues = new ArrayList<>();
  private double stillSince = Double.NaN;

  /**
   * @param stillSeconds how long the user must hold still
   */
  StartValueLearner(double stillSeconds) {
    this.stillSeconds = stillSeconds;
  }

  /**
   * Offers one sample.
   *
   * @param still whether the signal is still at {@code t}
   * @return the start value once the user has held still long enough; empty until then
   */
  OptionalDouble offer(double t, double value, boolean still) {
    if (!still) {
      clear();
      return OptionalDouble.empty();
    }
    if (Double.isNaN(stillSince)) {
      stillSince = t;
    }
    stillValues.add(value);
    if (t - stillSince < stillSeconds) {
      return OptionalDouble.empty();
    }
    double start = RangeCalibration.median(stillValues);
    clear();
    return OptionalDouble.of(start);
  }

  /** Forgets the still spell in progress. */
  void clear() {
    stillValues.clear();
    stillSince = Double.NaN;
  }
}
