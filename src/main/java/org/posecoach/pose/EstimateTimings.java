package org.posecoach.pose;

/**
 * Where the time of one {@link PoseEstimator#estimate} call went.
 *
 * @param inferenceNanos the main model's DJL predict call(s) (tensor in, inference, copy out)
 * @param detectorNanos the BlazePose detector's predict call, 0 when tracking made it unnecessary
 * @param totalNanos the whole call, pre- and post-processing included
 */
public record EstimateTimings(long inferenceNanos, long detectorNanos, long totalNanos) {
  public static final EstimateTimings NONE = new EstimateTimings(0, 0, 0);
}
