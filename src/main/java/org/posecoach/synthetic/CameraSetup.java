package org.posecoach.synthetic;

import java.util.Objects;

/**
 * Where the synthetic webcam stands and what it is like.
 *
 * @param placement beside the mat on the person's left or right, at the feet, or at the head
 * @param heightM lens height above the floor, metres (a laptop on the floor: about 0.1-0.4)
 * @param distanceM distance from the body's centre (side) or beyond the feet or head, metres; moved
 *     back automatically when the body would not fit the image
 * @param hfovDeg horizontal field of view (laptop webcams: about 55-75 degrees)
 * @param width image width, pixels
 * @param height image height, pixels
 * @param mirrored whether the image is mirrored (a "selfie" webcam); the person's left stays
 *     labelled left
 * @param matYawDeg how far the mat is turned from square to the camera, degrees
 * @param shiftM how far the camera stands along the mat from the body's centre, metres, towards the
 *     head (positive) or the feet (side views; across the mat for views along the body); it still
 *     looks square to the mat, so the person appears off-centre in the image, the other way
 */
public record CameraSetup(
    Placement placement,
    double heightM,
    double distanceM,
    double hfovDeg,
    int width,
    int height,
    boolean mirrored,
    double matYawDeg,
    double shiftM) {

  /** Where the camera stands relative to the person. */
  public enum Placement {
    /** Beside the mat, looking at the person's left side. */
    SIDE_LEFT,
    /** Beside the mat, looking at the person's right side. */
    SIDE_RIGHT,
    /** Beyond the feet, looking along the body. */
    FEET,
    /** Beyond the head, looking along the body (not a supported view). */
    HEAD
  }

  public CameraSetup {
    Objects.requireNonNull(placement, "placement");
    if (!(heightM > 0) || !(distanceM > 0) || !(hfovDeg > 10 && hfovDeg < 170)) {
      throw new IllegalArgumentException("camera needs positive height/distance and a sane fov");
    }
    if (!Double.isFinite(shiftM) || Math.abs(shiftM) > 2) {
      throw new IllegalArgumentException("camera shift must be within 2 m, got " + shiftM);
    }
  }

  /** The rendered clips' camera: 0.4 m high, 2.7 m away, 48 degrees, 640x480, square, no shift. */
  public static CameraSetup side(boolean onPersonsLeft) {
    return new CameraSetup(
        onPersonsLeft ? Placement.SIDE_LEFT : Placement.SIDE_RIGHT,
        0.4,
        2.7,
        48,
        640,
        480,
        false,
        0,
        0);
  }

  public boolean isSide() {
    return placement == Placement.SIDE_LEFT || placement == Placement.SIDE_RIGHT;
  }
}
