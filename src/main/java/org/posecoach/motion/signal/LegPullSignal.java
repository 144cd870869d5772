package org.posecoach.motion.signal;

import static org.posecoach.motion.signal.JointGroups.EITHER_HIP;
import static org.posecoach.motion.signal.JointGroups.EITHER_SHOULDER;
import static org.posecoach.pose.Joint.LEFT_HIP;
import static org.posecoach.pose.Joint.LEFT_KNEE;
import static org.posecoach.pose.Joint.RIGHT_HIP;
import static org.posecoach.pose.Joint.RIGHT_KNEE;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.posecoach.motion.body.BodyFrame;
import org.posecoach.motion.body.Vec2;
import org.posecoach.pose.Joint;

/**
 * Glute stretch seen from the side: left hip flexion minus right hip flexion, in degrees.
 *
 * <p>The stretch pulls one knee up and across towards the opposite shoulder while the other foot
 * stays on the floor. Seen from the side, the pulled thigh flexes from about 50 to about 100
 * degrees and the other does not, so the difference is positive while the left knee is pulled and
 * negative for the right. Each leg's flexion is measured at its own hip (or the other hip, which a
 * side view puts in nearly the same place, when one is hidden).
 */
public final class LegPullSignal extends ScalarSignal {

  /**
   * The pulled thigh goes from about 50 to about 100 degrees of flexion, and turning it across adds
   * a few degrees in a side view: 55 degrees.
   */
  private static final double NOMINAL_RANGE_DEG = 55;

  public LegPullSignal() {
    super(
        SignalSpec.builder("leg_pull_difference", SignalSpec.DEGREES, SignalShape.SIGNED_SIDES)
            .nominalRange(NOMINAL_RANGE_DEG)
            .requires(EITHER_SHOULDER, EITHER_HIP, Set.of(LEFT_KNEE), Set.of(RIGHT_KNEE))
            .optSidesNotComparable()
            .build());
  }

  @Override
  OptionalDouble value(BodyFrame body) {
    Optional<Vec2> s = body.shoulderMid();
    if (s.isEmpty()) {
      return OptionalDouble.empty();
    }
    OptionalDouble left = flexion(body, s.get(), LEFT_HIP, LEFT_KNEE);
    OptionalDouble right = flexion(body, s.get(), RIGHT_HIP, RIGHT_KNEE);
    return left.isPresent() && right.isPresent()
        ? OptionalDouble.of(left.getAsDouble() - right.getAsDouble())
        : OptionalDouble.empty();
  }

  private static OptionalDouble flexion(BodyFrame body, Vec2 shoulder, Joint hip, Joint knee) {
    Optional<Vec2> h = Measures.pointOrOpposite(body, hip);
    // The two knees move differently here, so a knee bridged from its partner's old offset would
    // freeze the pulled leg: only knees actually seen count.
    Optional<Vec2> k = body.observed(knee);
    if (h.isEmpty() || k.isEmpty()) {
      return OptionalDouble.empty();
    }
    return Measures.flexionDeg(shoulder, h.get(), k.get());
  }
}
