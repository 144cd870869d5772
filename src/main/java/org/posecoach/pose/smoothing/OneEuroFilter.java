package org.posecoach.pose.smoothing;

/**
 * The One Euro filter (Casiez, Roussel and Vogel, CHI 2012): a low-pass filter whose cut-off rises
 * with the signal's speed, so a still joint stops jittering while a moving one does not lag. {@code
 * valueScale} lets a caller express speed relative to the body's size (MediaPipe divides by the
 * pose's bounding-box size, so the same settings suit near and far people).
 *
 * <p>Timestamps must increase; a repeated or older timestamp returns the value unfiltered.
 */
public final class OneEuroFilter {
  private final double minCutoff;
  private final double beta;
  private final double derivativeCutoff;
  private final double defaultFrequency;
  private final LowPassFilter value = new LowPassFilter();
  private final LowPassFilter derivative = new LowPassFilter();
  private long lastNanos = Long.MIN_VALUE;

  /**
   * @param minCutoff cut-off (Hz) at rest; lower = steadier, more lag when starting to move
   * @param beta how fast the cut-off rises with speed; higher = less lag on fast moves
   * @param derivativeCutoff cut-off (Hz) for the speed estimate itself
   * @param defaultFrequency rate (Hz) assumed for the first step
   */
  public OneEuroFilter(
      double minCutoff, double beta, double derivativeCutoff, double defaultFrequency) {
    this.minCutoff = minCutoff;
    this.beta = beta;
    this.derivativeCutoff = derivativeCutoff;
    this.defaultFrequency = defaultFrequency;
  }

  public double apply(long timestampNanos, double valueScale, double x) {
    if (lastNanos != Long.MIN_VALUE && timestampNanos <= lastNanos) {
      return x;
    }
    double frequency =
        lastNanos == Long.MIN_VALUE ? defaultFrequency : 1e9 / (timestampNanos - lastNanos);
    lastNanos = timestampNanos;
    double speed = value.hasLast() ? (x - value.lastRaw()) * valueScale * frequency : 0;
    double smoothSpeed = derivative.apply(speed, alpha(derivativeCutoff, frequency));
    double cutoff = minCutoff + beta * Math.abs(smoothSpeed);
    return value.apply(x, alpha(cutoff, frequency));
  }

  private static double alpha(double cutoff, double frequency) {
    double tau = 1 / (2 * Math.PI * cutoff);
    double period = 1 / frequency;
    return 1 / (1 + tau / period);
  }

  public void reset() {
    value.reset();
    derivative.reset();
    lastNanos = Long.MIN_VALUE;
  }
}
