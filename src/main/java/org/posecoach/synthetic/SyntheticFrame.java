package org.posecoach.synthetic;

import java.util.Objects;
import java.util.Optional;
import org.posecoach.pose.Pose;

/**
 * One camera frame of a synthetic stream: its time, the pose found, if any, and where the middle of
 * the spine appears in the picture (for painting the body: a back rounded or dipped bends there).
 */
public record SyntheticFrame(
    long timestampNanos, Optional<Pose> pose, Optional<ImagePoint> spineMiddle) {

  /** A point in the picture, pixels. */
  public record ImagePoint(double x, double y) {}

  public SyntheticFrame {
    Objects.requireNonNull(pose, "pose");
    Objects.requireNonNull(spineMiddle, "spineMiddle");
  }
}
