package org.posecoach.report;

/**
 * The one place report numbers are rounded for people to read: half up, to a fixed number of
 * decimals ({@code 12.3456} to 2 decimals is {@code 12.35}). Each JSON document picks its decimals
 * per key (times to hundredths of a second, scores to four places…), as the README shows them.
 */
public final class Rounding {
  private Rounding() {}

  /** {@code value} rounded half up to {@code decimals} places. */
  public static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }
}
