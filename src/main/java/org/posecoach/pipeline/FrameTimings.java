package org.posecoach.pipeline;

/**
 * When one frame passed each stage, on the {@link System#nanoTime()} clock.
 *
 * @param captureNanos the frame was grabbed (for a camera: when it arrived)
 * @param poseStartNanos inference began on it
 * @param poseDoneNanos its pose (or "no pose") was known, smoothing included
 * @param analysisDoneNanos every listener had seen it
 */
public record FrameTimings(
    long captureNanos, long poseStartNanos, long poseDoneNanos, long analysisDoneNanos) {

  /** Capture → pose available, milliseconds: the latency a user feels. */
  public double captureToPoseMs() {
    return (poseDoneNanos - captureNanos) / 1e6;
  }
}
