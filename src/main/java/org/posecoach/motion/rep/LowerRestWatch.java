package org.posecoach.motion.rep;

import java.util.OptionalDouble;

/**
 * Notices a one-way signal resting still below its start value: once it has stayed there for a set
 * time, the level held is the highest of those samples (the level, not a dip of jitter).
 */
final class LowerRestWatch {
  private final double restSeconds;
  private double belowSince = Double.NaN;
  private double belowLevel = Double.NEGATIVE_INFINITY;

  /**
   * @param restSeconds how long the signal must rest below the start value
   */
  LowerRestWatch(double restSeconds) {
    this.restSeconds = restSeconds;
  }

  /**
   * Offers one sample.
   *
   * @param still whether the signal is still at {@code t}
   * @param startValue the current start value
   * @return the lower level held, once it has been held long enough; empty otherwise
   */
  OptionalDouble offer(double t, double value, boolean still, double startValue) {
    if (!still || value >= startValue) {
      reset();
      return OptionalDouble.empty();
    }
    if (Double.isNaN(belowSince)) {
      belowSince = t;
    }
    belowLevel = Math.max(belowLevel, value);
    if (t - belowSince < restSeconds) {
      return OptionalDouble.empty();
    }
    double level = belowLevel;
    reset();
    return OptionalDouble.of(level);
  }

  private void reset() {
    belowSince = Double.NaN;
    belowLevel = Double.NEGATIVE_INFINITY;
  }
}
