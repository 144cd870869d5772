package org.posecoach.pose;

import static org.posecoach.pose.Joint.*;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;

/**
 * The keypoint set a model emits, in the model's own output order, with the bones drawn between
 * them.
 */
public enum KeypointLayout {
  /**
   * MoveNet: the 17 COCO keypoints. COCO's order is {@link Joint}'s with MediaPipe's additions
   * (inner and outer eyes, mouth, hands, heels and toes) left out, so after the face its arms and
   * its legs are each one run of joints.
   */
  COCO_17(
      joints(
          List.of(NOSE, LEFT_EYE, RIGHT_EYE, LEFT_EAR, RIGHT_EAR),
          EnumSet.range(LEFT_SHOULDER, RIGHT_WRIST),
          EnumSet.range(LEFT_HIP, RIGHT_ANKLE)),
      List.of(
          bone(NOSE, LEFT_EYE),
          bone(NOSE, RIGHT_EYE),
          bone(LEFT_EYE, LEFT_EAR),
          bone(RIGHT_EYE, RIGHT_EAR),
          bone(LEFT_SHOULDER, RIGHT_SHOULDER),
          bone(LEFT_SHOULDER, LEFT_ELBOW),
          bone(LEFT_ELBOW, LEFT_WRIST),
          bone(RIGHT_SHOULDER, RIGHT_ELBOW),
          bone(RIGHT_ELBOW, RIGHT_WRIST),
          bone(LEFT_SHOULDER, LEFT_HIP),
          bone(RIGHT_SHOULDER, RIGHT_HIP),
          bone(LEFT_HIP, RIGHT_HIP),
          bone(LEFT_HIP, LEFT_KNEE),
          bone(LEFT_KNEE, LEFT_ANKLE),
          bone(RIGHT_HIP, RIGHT_KNEE),
          bone(RIGHT_KNEE, RIGHT_ANKLE))),

  /** BlazePose: MediaPipe's 33 body landmarks, in {@link Joint} declaration order. */
  BLAZEPOSE_33(
      List.of(Joint.values()),
      List.of(
          bone(NOSE, LEFT_EYE_INNER),
          bone(LEFT_EYE_INNER, LEFT_EYE),
          bone(LEFT_EYE, LEFT_EYE_OUTER),
          bone(LEFT_EYE_OUTER, LEFT_EAR),
          bone(NOSE, RIGHT_EYE_INNER),
          bone(RIGHT_EYE_INNER, RIGHT_EYE),
          bone(RIGHT_EYE, RIGHT_EYE_OUTER),
          bone(RIGHT_EYE_OUTER, RIGHT_EAR),
          bone(MOUTH_LEFT, MOUTH_RIGHT),
          bone(LEFT_SHOULDER, RIGHT_SHOULDER),
          bone(LEFT_SHOULDER, LEFT_ELBOW),
          bone(LEFT_ELBOW, LEFT_WRIST),
          bone(LEFT_WRIST, LEFT_PINKY),
          bone(LEFT_WRIST, LEFT_INDEX),
          bone(LEFT_WRIST, LEFT_THUMB),
          bone(LEFT_PINKY, LEFT_INDEX),
          bone(RIGHT_SHOULDER, RIGHT_ELBOW),
          bone(RIGHT_ELBOW, RIGHT_WRIST),
          bone(RIGHT_WRIST, RIGHT_PINKY),
          bone(RIGHT_WRIST, RIGHT_INDEX),
          bone(RIGHT_WRIST, RIGHT_THUMB),
          bone(RIGHT_PINKY, RIGHT_INDEX),
          bone(LEFT_SHOULDER, LEFT_HIP),
          bone(RIGHT_SHOULDER, RIGHT_HIP),
          bone(LEFT_HIP, RIGHT_HIP),
          bone(LEFT_HIP, LEFT_KNEE),
          bone(LEFT_KNEE, LEFT_ANKLE),
          bone(LEFT_ANKLE, LEFT_HEEL),
          bone(LEFT_HEEL, LEFT_FOOT_INDEX),
          bone(LEFT_ANKLE, LEFT_FOOT_INDEX),
          bone(RIGHT_HIP, RIGHT_KNEE),
          bone(RIGHT_KNEE, RIGHT_ANKLE),
          bone(RIGHT_ANKLE, RIGHT_HEEL),
          bone(RIGHT_HEEL, RIGHT_FOOT_INDEX),
          bone(RIGHT_ANKLE, RIGHT_FOOT_INDEX)));

  /** A segment drawn between two joints. */
  public record Bone(Joint from, Joint to) {}

  private final List<Joint> joints;
  private final List<Bone> bones;

  KeypointLayout(List<Joint> joints, List<Bone> bones) {
    this.joints = List.copyOf(joints);
    this.bones = List.copyOf(bones);
  }

  /** The joints of {@code parts}, one after the other. */
  @SafeVarargs
  private static List<Joint> joints(Collection<Joint>... parts) {
    return Arrays.stream(parts).flatMap(Collection::stream).toList();
  }

  private static Bone bone(Joint from, Joint to) {
    return new Bone(from, to);
  }

  /** The joints in the model's output order. */
  public List<Joint> joints() {
    return joints;
  }

  public List<Bone> bones() {
    return bones;
  }

  public int size() {
    return joints.size();
  }

  public boolean contains(Joint joint) {
    return joints.contains(joint);
  }
}
