package org.posecoach.pipeline;

import java.util.Arrays;

/** Percentiles of a latency sample, milliseconds. */
public record LatencyStats(int count, double p50, double p90, double p95, double p99, double max) {
  public static final LatencyStats EMPTY = new LatencyStats(0, 0, 0, 0, 0, 0);

  public static LatencyStats of(double[] samples, int count) {
    if (count == 0) {
      return EMPTY;
    }
    double[] sorted = Arrays.copyOf(samples, count);
    Arrays.sort(sorted);
    return new LatencyStats(
        count, at(sorted, 50), at(sorted, 90), at(sorted, 95), at(sorted, 99), sorted[count - 1]);
  }

  private static double at(double[] sorted, double percent) {
    int index = (int) Math.ceil(percent / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
