package org.posecoach.pose.smoothing;

/** Exponential smoothing: {@code s = α·x + (1 − α)·s}; the first value passes unchanged. */
final class LowPassFilter {
  private boolean initialized;
  private double raw;
  private double stored;

  double apply(double value, double alpha) {
    stored = initialized ? alpha * value + (1 - alpha) * stored : value;
    raw = value;
    initialized = true;
    return stored;
  }

  boolean hasLast() {
    return initialized;
  }

  double lastRaw() {
    return raw;
  }

  void reset() {
    initialized = false;
  }
}
