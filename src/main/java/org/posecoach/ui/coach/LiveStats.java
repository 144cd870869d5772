package org.posecoach.ui.coach;

/**
 * The numbers in the corner of the coach view.
 *
 * @param videoFps frames drawn per second
 * @param poseFps poses estimated per second
 * @param latencyMs capture → pose of the newest pose, milliseconds; NaN before the first
 */
public record LiveStats(double videoFps, double poseFps, double latencyMs) {
  public static final LiveStats NONE = new LiveStats(0, 0, Double.NaN);
}
