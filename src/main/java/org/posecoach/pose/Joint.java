package org.posecoach.pose;

import java.util.Locale;

/**
 * A named body point, in MediaPipe's 33-landmark vocabulary (a superset of COCO's 17).
 *
 * <p>Left and right are always the person's own sides, never the image's.
 */
public enum Joint {
  NOSE,
  LEFT_EYE_INNER,
  LEFT_EYE,
  LEFT_EYE_OUTER,
  RIGHT_EYE_INNER,
  RIGHT_EYE,
  RIGHT_EYE_OUTER,
  LEFT_EAR,
  RIGHT_EAR,
  MOUTH_LEFT,
  MOUTH_RIGHT,
  LEFT_SHOULDER,
  RIGHT_SHOULDER,
  LEFT_ELBOW,
  RIGHT_ELBOW,
  LEFT_WRIST,
  RIGHT_WRIST,
  LEFT_PINKY,
  RIGHT_PINKY,
  LEFT_INDEX,
  RIGHT_INDEX,
  LEFT_THUMB,
  RIGHT_THUMB,
  LEFT_HIP,
  RIGHT_HIP,
  LEFT_KNEE,
  RIGHT_KNEE,
  LEFT_ANKLE,
  RIGHT_ANKLE,
  LEFT_HEEL,
  RIGHT_HEEL,
  LEFT_FOOT_INDEX,
  RIGHT_FOOT_INDEX;

  /** The name used in JSON and CSV output, e.g. {@code left_shoulder}. */
  public String snakeName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isLeft() {
    return name().startsWith("LEFT_") || this == MOUTH_LEFT;
  }

  public boolean isRight() {
    return name().startsWith("RIGHT_") || this == MOUTH_RIGHT;
  }

  /** The same point on the other side of the body; itself for midline points (the nose). */
  public Joint opposite() {
    String n = name();
    if (n.contains("LEFT")) {
      return valueOf(n.replace("LEFT", "RIGHT"));
    }
    if (n.contains("RIGHT")) {
      return valueOf(n.replace("RIGHT", "LEFT"));
    }
    return this;
  }
}
