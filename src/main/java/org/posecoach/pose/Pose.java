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
 * @param mask where the person is in the image, when the model gives it and it was asked for
 */
public record Pose(
    long timestampNanos,
    int imageWidth,
    int imageHeight,
    KeypointLayout layout,
    List<Keypoint> keypoints,
    List<Keypoint> worldKeypoints,
    double score,
    Optional<PersonMask> mask) {

  public Pose {
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(mask, "mask");
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

  /** A pose without world keypoints or a person mask. */
  public Pose(
      long timestampNanos,
      int imageWidth,
      int imageHeight,
      KeypointLayout layout,
      List<Keypoint> keypoints,
      double score) {
    this(
        timestampNanos,
        imageWidth,
        imageHeight,
        layout,
        keypoints,
        List.of(),
        score,
        Optional.empty());
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

  /** This pose with other keypoints and world keypoints, as a filter outputs it. */
  public Pose withKeypoints(long nanos, List<Keypoint> points, List<Keypoint> world) {
    return sameImage(nanos, points, world, mask);
  }

  /** This pose with a person mask. */
  public Pose withMask(PersonMask personMask) {
    return sameImage(timestampNanos, keypoints, worldKeypoints, Optional.of(personMask));
  }

  /**
   * This pose with every left joint renamed right and vice versa, positions unchanged. A model
   * names sides by how the body looks, so on a camera that delivers mirror images it calls the
   * person's left hand their right; this undoes that.
   */
  public Pose withSidesSwapped() {
    return sameImage(timestampNanos, swapSides(keypoints), swapSides(worldKeypoints), mask);
  }

  /**
   * This pose in the same picture at another size: keypoints (and mask) found in a copy scaled for
   * the model, mapped to the {@code width × height} original. Pixel centres stay on pixel centres
   * (the copy's pixel {@code i} covers the original's {@code [i·s, (i+1)·s)}); depth scales with x;
   * world keypoints, in metres, are unchanged.
   */
  public Pose resizedTo(int width, int height) {
    if (width == imageWidth && height == imageHeight) {
      return this;
    }
    double sx = (double) width / imageWidth;
    double sy = (double) height / imageHeight;
    List<Keypoint> points =
        keypoints.stream()
            .map(
                k ->
                    new Keypoint(
                        k.joint(),
                        (k.x() + 0.5) * sx - 0.5,
                        (k.y() + 0.5) * sy - 0.5,
                        k.z() * sx,
                        k.score()))
            .toList();
    return new Pose(
        timestampNanos,
        width,
        height,
        layout,
        points,
        worldKeypoints,
        score,
        mask.map(m -> m.resized(sx, sy)));
  }

  /**
   * A pose of the same person in the same image (size, layout and score kept), changed as given.
   */
  private Pose sameImage(
      long nanos, List<Keypoint> points, List<Keypoint> world, Optional<PersonMask> personMask) {
    return new Pose(nanos, imageWidth, imageHeight, layout, points, world, score, personMask);
  }

  private List<Keypoint> swapSides(List<Keypoint> points) {
    if (points.isEmpty()) {
      return points;
    }
    Map<Joint, Keypoint> byJoint = new EnumMap<>(Joint.class);
    for (Keypoint k : points) {
      byJoint.put(k.joint(), k);
    }
    // Each joint takes the position its opposite had.
    return layout.joints().stream().map(j -> byJoint.get(j.opposite()).withJoint(j)).toList();
  }
}
