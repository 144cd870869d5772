package org.posecoach.motion.filter;

/**
 * The One Euro filter (Casiez, Roussel and Vogel, CHI 2012): a first-order low-pass whose cutoff
 * rises with speed, so still poses are smoothed hard and fast movements pass with little lag.
 *
 * <p>Cutoff = {@code minCutoffHz + beta * |smoothed speed|}. A lower {@code minCutoffHz} removes
 * more jitter at rest but adds lag; a higher {@code beta} reduces lag in fast movements but lets
 * more jitter through while moving.
 */
public final class OneEuroFilter implements SignalFilter {

  private final double minCutoffHz;
  private final double beta;
  private final double derivativeCutoffHz;

  private boolean initialised;
  private double lastTime;
  private double lastValue;
  private double lastDerivative;

  /**
   * @param minCutoffHz cutoff at rest, in Hz (positive)
   * @param beta cutoff increase per unit of speed (value units per second), at least 0
   * @param derivativeCutoffHz cutoff used to smooth the speed itself, in Hz (positive)
   */
  public OneEuroFilter(double minCutoffHz, double beta, double derivativeCutoffHz) {
    if (!(minCutoffHz > 0) || !(beta >= 0) || !(derivativeCutoffHz > 0)) {
      throw new IllegalArgumentException(
          "One Euro filter needs positive cutoffs and a non-negative beta");
    }
    this.minCutoffHz = minCutoffHz;
    this.beta = beta;
    this.derivativeCutoffHz = derivativeCutoffHz;
  }

  @Override
  public void reset() {
    initialised = false;
    lastDerivative = 0;
  }

  @Override
  public double apply(double timeSeconds, double value) {
    if (!initialised) {
      initialised = true;
      lastTime = timeSeconds;
      lastValue = value;
      lastDerivative = 0;
      return value;
    }
    double dt = timeSeconds - lastTime;
    if (!(dt > 0)) {
      return lastValue;
    }
    double rawDerivative = (value - lastValue) / dt;
    lastDerivative += smoothing(derivativeCutoffHz, dt) * (rawDerivative - lastDerivative);
    double cutoff = minCutoffHz + beta * Math.abs(lastDerivative);
    lastValue += smoothing(cutoff, dt) * (value - lastValue);
    lastTime = timeSeconds;
    return lastValue;
  }

  @Override
  public double velocity() {
    return initialised ? lastDerivative : 0;
  }

  /** The exponential smoothing factor of a first-order low-pass at {@code cutoffHz} over dt. */
  private static double smoothing(double cutoffHz, double dt) {
    double tau = 1.0 / (2 * Math.PI * cutoffHz);
    return 1.0 / (1.0 + tau / dt);
  }
}
