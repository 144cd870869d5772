package org.posecoach.synthetic;

import static org.posecoach.pose.Joint.*;

import java.util.EnumMap;
import java.util.Map;
import org.posecoach.pose.Joint;

/**
 * Assembles a full 33-joint skeleton from the main joints, adding the face, hand and foot points
 * BlazePose reports from a head frame and limb directions. Sizes are those of a 1.75 m head, hand
 * and foot scaled by the body's {@link BodyDimensions#scale()}.
 */
final class BodyBuilder {

  private final BodyDimensions dims;
  private final Map<Joint, Vec3> points = new EnumMap<>(Joint.class);

  BodyBuilder(BodyDimensions dims) {
    this.dims = dims;
  }

  BodyBuilder set(Joint joint, Vec3 p) {
    points.put(joint, p);
    return this;
  }

  /**
   * The head: ears at its centre's sides, eyes, nose and mouth towards the face.
   *
   * @param centre between the ears
   * @param face unit direction the nose points
   * @param top unit direction to the top of the head, perpendicular to {@code face}
   */
  BodyBuilder head(Vec3 centre, Vec3 face, Vec3 top) {
    double s = dims.scale();
    Vec3 left = top.cross(face).unit();
    Vec3 f = face.unit();
    Vec3 t = top.unit();
    points.put(LEFT_EAR, centre.plusScaled(left, dims.headWidth() / 2).plusScaled(f, -0.01 * s));
    points.put(RIGHT_EAR, centre.plusScaled(left, -dims.headWidth() / 2).plusScaled(f, -0.01 * s));
    points.put(NOSE, centre.plusScaled(f, 0.10 * s));
    Vec3 eyes = centre.plusScaled(f, 0.085 * s).plusScaled(t, 0.035 * s);
    points.put(LEFT_EYE, eyes.plusScaled(left, 0.032 * s));
    points.put(RIGHT_EYE, eyes.plusScaled(left, -0.032 * s));
    points.put(LEFT_EYE_INNER, eyes.plusScaled(left, 0.016 * s));
    points.put(RIGHT_EYE_INNER, eyes.plusScaled(left, -0.016 * s));
    points.put(LEFT_EYE_OUTER, eyes.plusScaled(left, 0.048 * s).plusScaled(f, -0.01 * s));
    points.put(RIGHT_EYE_OUTER, eyes.plusScaled(left, -0.048 * s).plusScaled(f, -0.01 * s));
    Vec3 mouth = centre.plusScaled(f, 0.085 * s).plusScaled(t, -0.045 * s);
    points.put(MOUTH_LEFT, mouth.plusScaled(left, 0.025 * s));
    points.put(MOUTH_RIGHT, mouth.plusScaled(left, -0.025 * s));
    return this;
  }

  /**
   * A hand beyond the wrist, along the forearm.
   *
   * @param left whether it is the left hand
   * @param thumbSide unit direction of the thumb side of the hand
   */
  BodyBuilder hand(boolean left, Vec3 thumbSide) {
    double s = dims.scale();
    Vec3 wrist = points.get(left ? LEFT_WRIST : RIGHT_WRIST);
    Vec3 elbow = points.get(left ? LEFT_ELBOW : RIGHT_ELBOW);
    Vec3 along = wrist.minus(elbow).unit();
    Vec3 thumb = thumbSide.minus(along.times(thumbSide.dot(along))).unit();
    points.put(
        left ? LEFT_INDEX : RIGHT_INDEX,
        wrist.plusScaled(along, 0.09 * s).plusScaled(thumb, 0.015 * s));
    points.put(
        left ? LEFT_PINKY : RIGHT_PINKY,
        wrist.plusScaled(along, 0.075 * s).plusScaled(thumb, -0.03 * s));
    points.put(
        left ? LEFT_THUMB : RIGHT_THUMB,
        wrist.plusScaled(along, 0.04 * s).plusScaled(thumb, 0.04 * s));
    return this;
  }

  /**
   * A foot at the ankle.
   *
   * @param left whether it is the left foot
   * @param toes unit direction from heel to toes
   * @param sole unit direction from the ankle down to the sole
   */
  BodyBuilder foot(boolean left, Vec3 toes, Vec3 sole) {
    Vec3 ankle = points.get(left ? LEFT_ANKLE : RIGHT_ANKLE);
    Vec3 t = toes.unit();
    Vec3 d = sole.unit();
    double h = dims.ankleHeight();
    points.put(
        left ? LEFT_HEEL : RIGHT_HEEL, ankle.plusScaled(t, -0.05 * dims.scale()).plusScaled(d, h));
    points.put(
        left ? LEFT_FOOT_INDEX : RIGHT_FOOT_INDEX,
        ankle.plusScaled(t, dims.footLength() - 0.06 * dims.scale()).plusScaled(d, h * 0.8));
    return this;
  }

  Skeleton build() {
    return Skeleton.of(points);
  }
}
