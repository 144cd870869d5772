package org.posecoach.ui.coach;

/** Fractions the coach's gauges and cards draw. */
final class Fractions {
  private Fractions() {}

  /** {@code v} within 0..1; NaN (nothing measured yet) reads as 0. */
  static double clamp01(double v) {
    return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
  }
}
