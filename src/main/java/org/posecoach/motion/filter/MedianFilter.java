package org.posecoach.motion.filter;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * The median of the last few samples: removes glitches of one or two frames (a joint guessed far
 * off with a score just over the visibility threshold) that a linear filter would smear into a
 * bump, at the cost of half the window of lag. Put before a smoothing filter.
 *
 * <pre>{@code
 * SignalFilter median = new MedianFilter(5);
 * double cleaned = median.apply(t, raw);
 * }</pre>
 */
public final class MedianFilter implements SignalFilter {

  /**
   * Three samples remove one-frame glitches with one frame of lag and barely flatten a quick
   * repetition's peak (five would remove two-frame glitches but cut the peak of a 1 s repetition
   * filmed at 15 fps by a tenth).
   */
  public static final int DEFAULT_WINDOW = 3;

  private final int window;
  private final Deque<double[]> samples = new ArrayDeque<>();
  private double lastOutput = Double.NaN;

  public MedianFilter() {
    this(DEFAULT_WINDOW);
  }

  /**
   * @param window number of samples, odd and at least 1
   */
  public MedianFilter(int window) {
    if (window < 1 || window % 2 == 0) {
      throw new IllegalArgumentException("median window must be odd and positive, got " + window);
    }
    this.window = window;
  }

  @Override
  public void reset() {
    samples.clear();
    lastOutput = Double.NaN;
  }

  @Override
  public double apply(double timeSeconds, double value) {
    if (!samples.isEmpty() && timeSeconds <= samples.peekLast()[0]) {
      return lastOutput;
    }
    samples.addLast(new double[] {timeSeconds, value});
    while (samples.size() > window) {
      samples.removeFirst();
    }
    double[] values = samples.stream().mapToDouble(s -> s[1]).toArray();
    Arrays.sort(values);
    int n = values.length;
    lastOutput = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    return lastOutput;
  }
}
