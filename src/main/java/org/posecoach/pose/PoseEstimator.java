package org.posecoach.pose;

import java.util.Optional;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * Finds the pose of the person in a camera frame.
 *
 * <p>Input: a BGR, 8-bit, 3-channel image (what OpenCV and JavaCV deliver). Output: the pose of the
 * most prominent person, with keypoints in that image's pixels, or empty when no person is found.
 * Implementations keep state between calls on a stream (the previous pose guides where to look
 * next), so one estimator serves one stream on one thread; {@link #reset()} starts a new stream.
 *
 * <pre>{@code
 * try (PoseEstimator estimator = PoseEstimators.open(ModelId.BLAZEPOSE_FULL)) {
 *   Optional<Pose> pose = estimator.estimate(bgr, frameTimeNanos);
 * }
 * }</pre>
 */
public interface PoseEstimator extends AutoCloseable {

  /**
   * Estimates the pose in {@code bgr}.
   *
   * @param bgr image, BGR 8UC3; not modified and not retained
   * @param timestampNanos capture time of the frame on a monotonic clock, copied into the pose
   */
  Optional<Pose> estimate(Mat bgr, long timestampNanos);

  /** Timings of the last {@link #estimate} call. */
  EstimateTimings lastTimings();

  /** Forgets what was tracked, so the next frame is searched from scratch. */
  void reset();

  /** Whether this estimator can attach the person's mask to its poses ({@link Pose#mask()}). */
  default boolean givesMasks() {
    return false;
  }

  /**
   * Asks for the person's mask on the poses of the following frames, or stops asking (masks cost
   * inference time). Safe from any thread; ignored by estimators that give no masks.
   */
  default void wantMasks(boolean wanted) {}

  /** The keypoint set of the poses this estimator returns. */
  KeypointLayout layout();

  /** Releases the model and native buffers. */
  @Override
  void close();
}
