package org.posecoach.pose.smoothing;

/**
 * The One Euro filter (Casiez, Roussel and Vogel, CHI 2012): a first-order low-pass whose cut-off
 * rises with the signal's speed, so a still value stops jittering while a moving one does not lag.
 * The project's one implementation, used for keypoints ({@link OneEuroKeypointFilter}) and for the
 * motion stage's exercise signals.
 *
 * <p>Cut-off = {@code minCutoffHz + beta * |smoothed speed|}. A lower {@code minCutoffHz} removes
 * more jitter at rest but adds lag; a higher {@code beta} reduces lag in fast movements but lets
 * more jitter through while moving. The {@link Flavour} picks which reference implementation's
 * details are followed. The first sample, and the first after {@link #reset()}, passes unchanged.
 *
 * <pre>{@code
 * OneEuroFilter f = new OneEuroFilter(OneEuroFilter.Flavour.PAPER, 1.0, 0.5, 1.0);
 * double smooth = f.apply(0.033, rawAngle);
 * }</pre>
 */
public final class OneEuroFilter {

  /** The two reference implementations differ in how the speed is measured, and in one detail. */
  public enum Flavour {
    /**
     * MediaPipe's landmark smoothing: the speed is the change of the <em>raw</em> input since the
     * previous sample, so jitter in the input opens the cut-off a little; a sample not newer than
     * the previous one passes through unfiltered.
     */
    MEDIAPIPE,
    /**
     * The paper's reference code: the speed is the change from the previous <em>output</em>, which
     * is already smoothed, so the cut-off opens only for a sustained move; a sample not newer than
     * the previous one returns the previous output.
     */
    PAPER
  }

  private final Flavour flavour;
  private final double minCutoffHz;
  private final double beta;
  private final double derivativeCutoffHz;

  private boolean initialised;
  private double lastTime;
  private double lastRaw;
  private double lastValue;
  private double lastDerivative;

  /**
   * @param flavour which reference implementation to follow
   * @param minCutoffHz cut-off at rest, in Hz (positive); lower = steadier, more lag when starting
   *     to move
   * @param beta cut-off increase per unit of speed, at least 0; higher = less lag on fast moves
   * @param derivativeCutoffHz cut-off used to smooth the speed itself, in Hz (positive)
   */
  public OneEuroFilter(
      Flavour flavour, double minCutoffHz, double beta, double derivativeCutoffHz) {
    if (flavour == null || !(minCutoffHz > 0) || !(beta >= 0) || !(derivativeCutoffHz > 0)) {
      throw new IllegalArgumentException(
          "One Euro filter needs a flavour, positive cutoffs and a non-negative beta");
    }
    this.flavour = flavour;
    this.minCutoffHz = minCutoffHz;
    this.beta = beta;
    this.derivativeCutoffHz = derivativeCutoffHz;
  }

  /** Forgets all state: the next sample passes unchanged. */
  public void reset() {
    initialised = false;
    lastDerivative = 0;
  }

  /**
   * @param timeSeconds sample time, increasing
   * @param value raw value, finite
   * @return the smoothed value
   */
  public double apply(double timeSeconds, double value) {
    return apply(timeSeconds, 1, value);
  }

  /**
   * @param timeSeconds sample time, increasing
   * @param valueScale multiplies the speed, so that it can be expressed relative to the body's size
   *     (MediaPipe divides by the pose's bounding-box size, so the same settings suit near and far
   *     people)
   * @param value raw value, finite
   * @return the smoothed value
   */
  public double apply(double timeSeconds, double valueScale, double value) {
    if (!initialised) {
      initialised = true;
      lastTime = timeSeconds;
      lastRaw = value;
      lastValue = value;
      lastDerivative = 0;
      return value;
    }
    double dt = timeSeconds - lastTime;
    if (!(dt > 0)) {
      return flavour == Flavour.MEDIAPIPE ? value : lastValue;
    }
    double previous = flavour == Flavour.MEDIAPIPE ? lastRaw : lastValue;
    double rawDerivative = (value - previous) * valueScale / dt;
    lastDerivative += smoothing(derivativeCutoffHz, dt) * (rawDerivative - lastDerivative);
    double cutoff = minCutoffHz + beta * Math.abs(lastDerivative);
    lastValue += smoothing(cutoff, dt) * (value - lastValue);
    lastRaw = value;
    lastTime = timeSeconds;
    return lastValue;
  }

  /** The exponential smoothing factor of a first-order low-pass at {@code cutoffHz} over dt. */
  private static double smoothing(double cutoffHz, double dt) {
    double tau = 1.0 / (2 * Math.PI * cutoffHz);
    return 1.0 / (1.0 + tau / dt);
  }
}
