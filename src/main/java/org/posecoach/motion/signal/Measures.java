package org.posecoach.motion.signal;

import static org.posecoach.pose.Joint.LEFT_ANKLE;
import static org.posecoach.pose.Joint.LEFT_HIP;
import static org.posecoach.pose.Joint.LEFT_KNEE;
import static org.posecoach.pose.Joint.LEFT_SHOULDER;

import java.util.Optional;
import java.util.OptionalDouble;
import org.posecoach.motion.body.BodyFrame;
import org.posecoach.motion.body.Vec2;
import org.posecoach.pose.Joint;

/** Joint angles and body-relative heights shared by the signals. */
final class Measures {

  private Measures() {}

  /**
   * A line through the body that heights are measured against: a point on it and its direction (not
   * necessarily of unit length).
   */
  record BodyLine(Vec2 origin, Vec2 direction) {

    /**
     * Signed distance of {@code p} above this line, on the side that is up in the image, in torso
     * lengths.
     */
    double heightOf(BodyFrame body, Vec2 p) {
      return body.inTorsoLengths(p.minus(origin).dot(direction.upNormal()));
    }
  }

  /**
   * The line through both hips: from their midpoint, towards the left hip (the person's left-right
   * line); empty when a hip is unseen or the two lie on one point (under 1e-6 px).
   */
  static Optional<BodyLine> hipLine(BodyFrame body) {
    Optional<Vec2> lh = body.point(Joint.LEFT_HIP);
    Optional<Vec2> rh = body.point(Joint.RIGHT_HIP);
    if (lh.isEmpty() || rh.isEmpty()) {
      return Optional.empty();
    }
    Vec2 left = lh.get().minus(rh.get());
    if (left.norm() < 1e-6) {
      return Optional.empty();
    }
    return Optional.of(new BodyLine(Vec2.midpoint(lh.get(), rh.get()), left));
  }

  /**
   * The torso line: from the shoulder midpoint, along the body's long axis (unit, hips to
   * shoulders); empty when the shoulders or the hips are unseen.
   */
  static Optional<BodyLine> torsoLine(BodyFrame body) {
    Optional<Vec2> axis = body.torsoAxis();
    Optional<Vec2> shoulder = body.shoulderMid();
    if (axis.isEmpty() || shoulder.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new BodyLine(shoulder.get(), axis.get()));
  }

  /**
   * Flexion in degrees at {@code vertex}, between the segments to {@code before} and {@code after}:
   * 0 with them in line, 90 square, more as the joint closes; empty when a segment has no length.
   * 180 minus the angle at the vertex; true in a side view, where both segments lie in the image
   * plane.
   */
  static OptionalDouble flexionDeg(Vec2 before, Vec2 vertex, Vec2 after) {
    if (before.distanceTo(vertex) < 1e-6 || after.distanceTo(vertex) < 1e-6) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(180 - Vec2.angleDeg(before, vertex, after));
  }

  /**
   * Hip flexion of the knee pair ({@link #flexionDeg}) at the hip midpoint, between the shoulder
   * midpoint and the knee midpoint: 0 with the thighs in line with the torso (lying flat,
   * standing), 90 with them square to it, more as the knees come to the chest; empty when a pair is
   * unseen.
   */
  static OptionalDouble pairHipFlexionDeg(BodyFrame body) {
    return pairFlexionDeg(body, LEFT_SHOULDER, LEFT_HIP, LEFT_KNEE);
  }

  /**
   * Knee flexion of the knee pair ({@link #flexionDeg}) between the hip, knee and ankle midpoints:
   * 0 straight, 90 square, about 150 sitting on the heels; empty when a pair is unseen.
   */
  static OptionalDouble pairKneeFlexionDeg(BodyFrame body) {
    return pairFlexionDeg(body, LEFT_HIP, LEFT_KNEE, LEFT_ANKLE);
  }

  /** Flexion between the midpoints of three left/right pairs, each named by its left joint. */
  private static OptionalDouble pairFlexionDeg(
      BodyFrame body, Joint leftBefore, Joint leftVertex, Joint leftAfter) {
    Optional<Vec2> before = body.mid(leftBefore, leftBefore.opposite());
    Optional<Vec2> vertex = body.mid(leftVertex, leftVertex.opposite());
    Optional<Vec2> after = body.mid(leftAfter, leftAfter.opposite());
    if (before.isEmpty() || vertex.isEmpty() || after.isEmpty()) {
      return OptionalDouble.empty();
    }
    return flexionDeg(before.get(), vertex.get(), after.get());
  }

  /** The point of a joint, or the point of its opposite when the joint itself is not visible. */
  static Optional<Vec2> pointOrOpposite(BodyFrame body, Joint joint) {
    Optional<Vec2> p = body.point(joint);
    return p.isPresent() ? p : body.point(joint.opposite());
  }
}
