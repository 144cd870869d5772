package org.posecoach.pose;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One person's pose in one image: keypoints in image pixels, immutable.
 *
 * @param timestampNanos when the image was captured, on the source's monotonic clock (0 for a still
 *     image)
 * @param imageWidth width of the image the coordinates refer to, in pixels
 * @param imageHeight height of that image, in pixels
 * @param layout the model's keypoint set
 * @param keypoints one per joint of {@code layout}, in layout order
 * @param worldKeypoints metric 3D keypoints (metres, origin between the hips) in layout order, or
 *     empty when the model gives none
 * @param score overall confidence in [0, 1] that this is a person
 */
public record Pose(
    long timestampNanos,
    int imageWidth,
    int imageHeight,
    KeypointLayout layout,
    List<Keypoint> keypoints,
    List<Keypoint> worldKeypoints,
    double score) {

  public Pose {
    Objects.requireNonNull(layout, "layout");
    keypoints = List.copyOf(keypoints);
    worldKeypoints = List.copyOf(worldKeypoints);
    if (keypoints.size() != layout.size()) {
      throw new IllegalArgumentException(
          "layout " + layout + " has " + layout.size() + " joints, got " + keypoints.size());
    }
    if (!worldKeypoints.isEmpty() && worldKeypoints.size() != layout.size()) {
      throw new IllegalArgumentException(
          "world keypoints must be empty or one per joint, got " + worldKeypoints.size());
    }
    for (int i = 0; i < keypoints.size(); i++) {
      if (keypoints.get(i).joint() != layout.joints().get(i)) {
        throw new IllegalArgumentException(
            "keypoint "
                + i
                + " is "
                + keypoints.get(i).joint()
                + ", layout says "
                + layout.joints().get(i));
      }
    }
  }

  /** A pose without world keypoints. */
  public Pose(
      long timestampNanos,
      int imageWidth,
      int imageHeight,
      KeypointLayout layout,
      List<Keypoint> keypoints,
      double score) {
    this(timestampNanos, imageWidth, imageHeight, layout, keypoints, List.of(), score);
  }

  /** The keypoint of {@code joint}, or empty when this layout has no such joint. */
  public Optional<Keypoint> find(Joint joint) {
    int index = layout.joints().indexOf(joint);
    return index < 0 ? Optional.empty() : Optional.of(keypoints.get(index));
  }

  /** The keypoint of {@code joint}; throws when the layout has no such joint. */
  public Keypoint get(Joint joint) {
    return find(joint)
        .orElseThrow(() -> new IllegalArgumentException(layout + " has no joint " + joint));
  }

  /** The world (metric) keypoint of {@code joint}, when the model gives world keypoints. */
  public Optional<Keypoint> findWorld(Joint joint) {
    int index = layout.joints().indexOf(joint);
    return index < 0 || worldKeypoints.isEmpty()
        ? Optional.empty()
        : Optional.of(worldKeypoints.get(index));
  }

  public double timestampSeconds() {
    return timestampNanos / 1e9;
  }

  /** Keypoints by joint, for callers that look many up. */
  public Map<Joint, Keypoint> byJoint() {
    Map<Joint, Keypoint> map = new EnumMap<>(Joint.class);
    for (Keypoint k : keypoints) {
      map.put(k.joint(), k);
    }
    return map;
  }

  /** This pose at another timestamp (a still image placed in a stream, a re-timed clip). */
  public Pose withTimestamp(long nanos) {
    return new Pose(nanos, imageWidth, imageHeight, layout, keypoints, worldKeypoints, score);
  }

  /**
   * This pose as seen in a horizontally mirrored image: x is flipped and left/right joint names are
   * swapped, so the person's own left stays their left.
   */
  public Pose mirrored() {
    return new Pose(
        timestampNanos,
        imageWidth,
        imageHeight,
        layout,
        mirror(keypoints, imageWidth),
        mirror(worldKeypoints, 0),
        score);
  }

  private List<Keypoint> mirror(List<Keypoint> points, double width) {
    if (points.isEmpty()) {
      return points;
    }
    Map<Joint, Keypoint> byJoint = new EnumMap<>(Joint.class);
    for (Keypoint k : points) {
      byJoint.put(k.joint(), k);
    }
    return layout.joints().stream()
        .map(
            j -> {
              // The joint's new position is where its opposite was, flipped.
              Keypoint source = byJoint.get(j.opposite());
              double x = width > 0 ? width - source.x() : -source.x();
              return new Keypoint(j, x, source.y(), source.z(), source.score());
            })
        .toList();
  }
}
