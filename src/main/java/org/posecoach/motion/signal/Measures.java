package org.posecoach.motion.signal;

import java.util.Optional;
import java.util.OptionalDouble;
import org.posecoach.motion.body.BodyFrame;
import org.posecoach.motion.body.Vec2;
import org.posecoach.pose.Joint;

/** Joint angles and body-relative heights shared by the signals. */
final class Measures {

  private Measures() {}

  /**
   * Hip flexion in degrees: 0 with the thigh in line with the torso (lying flat, standing), 90 with
   * the thigh square to it, more as the knee comes to the chest. 180 minus the angle at the hip
   * between shoulder and knee; true in a side view, where both segments lie in the image plane.
   */
  static OptionalDouble hipFlexionDeg(Vec2 shoulder, Vec2 hip, Vec2 knee) {
    if (shoulder.distanceTo(hip) < 1e-6 || knee.distanceTo(hip) < 1e-6) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(180 - Vec2.angleDeg(shoulder, hip, knee));
  }

  /**
   * The knee pair's hip flexion ({@link #hipFlexionDeg}) at the hip midpoint, between the shoulder
   * midpoint and the knee midpoint; empty when any of them is unseen.
   */
  static OptionalDouble pairHipFlexionDeg(BodyFrame body) {
    Optional<Vec2> s = body.shoulderMid();
    Optional<Vec2> h = body.hipMid();
    Optional<Vec2> k = body.mid(Joint.LEFT_KNEE, Joint.RIGHT_KNEE);
    if (s.isEmpty() || h.isEmpty() || k.isEmpty()) {
      return OptionalDouble.empty();
    }
    return hipFlexionDeg(s.get(), h.get(), k.get());
  }

  /**
   * The knee pair's knee flexion ({@link #kneeFlexionDeg}) between the hip, knee and ankle
   * midpoints; empty when any of them is unseen.
   */
  static OptionalDouble pairKneeFlexionDeg(BodyFrame body) {
    Optional<Vec2> h = body.hipMid();
    Optional<Vec2> k = body.mid(Joint.LEFT_KNEE, Joint.RIGHT_KNEE);
    Optional<Vec2> a = body.mid(Joint.LEFT_ANKLE, Joint.RIGHT_ANKLE);
    if (h.isEmpty() || k.isEmpty() || a.isEmpty()) {
      return OptionalDouble.empty();
    }
    return kneeFlexionDeg(h.get(), k.get(), a.get());
  }

  /**
   * The line through both hips: their midpoint, and the direction from the right hip to the left
   * (not normalized).
   */
  record HipLine(Vec2 mid, Vec2 left) {}

  /** The hip line, or empty when a hip is unseen or the two lie on one point (under 1e-6 px). */
  static Optional<HipLine> hipLine(BodyFrame body) {
    Optional<Vec2> lh = body.point(Joint.LEFT_HIP);
    Optional<Vec2> rh = body.point(Joint.RIGHT_HIP);
    if (lh.isEmpty() || rh.isEmpty()) {
      return Optional.empty();
    }
    Vec2 left = lh.get().minus(rh.get());
    if (left.norm() < 1e-6) {
      return Optional.empty();
    }
    return Optional.of(new HipLine(Vec2.midpoint(lh.get(), rh.get()), left));
  }

  /** Knee flexion in degrees: 0 straight, 90 square, about 150 sitting on the heels. */
  static OptionalDouble kneeFlexionDeg(Vec2 hip, Vec2 knee, Vec2 ankle) {
    if (hip.distanceTo(knee) < 1e-6 || ankle.distanceTo(knee) < 1e-6) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(180 - Vec2.angleDeg(hip, knee, ankle));
  }

  /** The point of a joint, or the point of its opposite when the joint itself is not visible. */
  static Optional<Vec2> pointOrOpposite(BodyFrame body, Joint joint) {
    Optional<Vec2> p = body.point(joint);
    return p.isPresent() ? p : body.point(joint.opposite());
  }

  /**
   * Signed distance of {@code p} above the line through {@code origin} along {@code axis}, on the
   * side that is up in the image, in torso lengths.
   */
  static double heightAboveLine(BodyFrame body, Vec2 p, Vec2 origin, Vec2 axis) {
    return body.inTorsoLengths(p.minus(origin).dot(axis.upNormal()));
  }
}
