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
