package org.posecoach.motion.filter;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The rate of change of a (smoothed) signal: the least-squares slope over a short trailing window.
 * A regression over many samples is far steadier than a frame-to-frame difference, at the cost of
 * half a window of lag.
 *
 * <pre>{@code
 * SlopeEstimator slope = new SlopeEstimator(0.4);
 * double perSecond = slope.apply(t, smoothedValue);
 * }</pre>
 */
public final class SlopeEstimator {

  private record Sample(double t, double v) {}

  private final double windowSeconds;
  private final Deque<Sample> samples = new ArrayDeque<>();

  /**
   * @param windowSeconds trailing window; longer is steadier and lags more
   */
  public SlopeEstimator(double windowSeconds) {
    if (!(windowSeconds > 0)) {
      throw new IllegalArgumentException("window must be positive");
    }
    this.windowSeconds = windowSeconds;
  }

  public void reset() {
    samples.clear();
  }

  /** Adds a sample and returns the slope (value units per second; 0 with fewer than 2 samples). */
  public double apply(double timeSeconds, double value) {
    if (!samples.isEmpty() && timeSeconds <= samples.peekLast().t()) {
      return slope();
    }
    samples.addLast(new Sample(timeSeconds, value));
    while (timeSeconds - samples.peekFirst().t() > windowSeconds) {
      samples.removeFirst();
    }
    return slope();
  }

  /** The slope over the current window. */
  public double slope() {
    int n = samples.size();
    if (n < 2) {
      return 0;
    }
    double mt = 0;
    double mv = 0;
    for (Sample s : samples) {
      mt += s.t();
      mv += s.v();
    }
    mt /= n;
    mv /= n;
    double num = 0;
    double den = 0;
    for (Sample s : samples) {
      num += (s.t() - mt) * (s.v() - mv);
      den += (s.t() - mt) * (s.t() - mt);
    }
    return den > 0 ? num / den : 0;
  }
}
