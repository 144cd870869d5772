package org.posecoach.pose;

/** Test helpers for {@link Pose}. */
public final class Poses {
  private Poses() {}

  /** {@code pose} at another timestamp (a still image placed in a stream, a re-timed clip). */
  public static Pose at(Pose pose, long nanos) {
    return new Pose(
        nanos,
        pose.imageWidth(),
        pose.imageHeight(),
        pose.layout(),
        pose.keypoints(),
        pose.worldKeypoints(),
        pose.score(),
        pose.mask());
  }
}
