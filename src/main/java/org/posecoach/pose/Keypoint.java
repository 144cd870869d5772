package org.posecoach.pose;

import java.util.Objects;

/**
 * One detected body point.
 *
 * @param joint which point of the body
 * @param x horizontal position in image pixels (0 = left edge of the image)
 * @param y vertical position in image pixels (0 = top edge)
 * @param z depth relative to the hips, in the same pixel scale as x, smaller = nearer the camera;
 *     {@code NaN} when the model gives no depth (MoveNet)
 * @param score confidence in [0, 1] that the point is visible where placed (BlazePose's visibility,
 *     MoveNet's heatmap score)
 */
public record Keypoint(Joint joint, double x, double y, double z, double score) {

  public Keypoint {
    Objects.requireNonNull(joint, "joint");
  }

  /** A keypoint without depth. */
  public static Keypoint of(Joint joint, double x, double y, double score) {
    return new Keypoint(joint, x, y, Double.NaN, score);
  }

  public boolean hasDepth() {
    return !Double.isNaN(z);
  }

  /** Whether the score reaches {@code minScore}. */
  public boolean isVisible(double minScore) {
    return score >= minScore;
  }

  public Keypoint withJoint(Joint newJoint) {
    return new Keypoint(newJoint, x, y, z, score);
  }

  public double distanceTo(Keypoint other) {
    return Math.hypot(x - other.x, y - other.y);
  }
}
