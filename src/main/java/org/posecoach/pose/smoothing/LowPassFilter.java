package org.posecoach.pose.smoothing;

/** Exponential smoothing: {@code s = α·x + (1 − α)·s}; the first value passes unchanged. */
final class LowPassFilter {
  private boolean initialized;
  private double stored;

  double apply(double value, double alpha) {
    stored = initialized ? alpha * value + (1 - alpha) * stored : value;
    initialized = true;
    return stored;
  }

  void reset() {
    initialized = false;
  }
}
