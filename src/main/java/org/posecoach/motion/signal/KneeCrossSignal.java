package org.posecoach.motion.signal;

import static org.posecoach.pose.Joint.LEFT_HIP;
import static org.posecoach.pose.Joint.LEFT_KNEE;
import static org.posecoach.pose.Joint.RIGHT_HIP;
import static org.posecoach.pose.Joint.RIGHT_KNEE;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.posecoach.motion.body.BodyFrame;
import org.posecoach.motion.body.Vec2;

/**
 * Glute stretch seen from the feet: how far each knee has crossed towards the other side, left
 * minus right, in torso lengths.
 *
 * <p>From the feet, the person's left-right line is the hip line in the image. A knee's crossing is
 * its distance from the hip midpoint along that line, measured towards the opposite side; with both
 * knees up it is about minus half a hip width for each, and it grows as a knee is pulled across.
 * The difference is positive while the left knee is pulled across and negative for the right.
 */
public final class KneeCrossSignal extends ScalarSignal {

  /**
   * Measured on the synthetic 1.75 m body seen from the feet (thigh flexed to 100 degrees and
   * turned 30 across): the pulled knee crosses by about 0.65 torso lengths.
   */
  private static final double NOMINAL_CROSS_TORSO_LENGTHS = 0.65;

  public KneeCrossSignal() {
    super(
        SignalSpec.builder(
                "knee_cross_difference", SignalSpec.TORSO_LENGTHS, SignalShape.SIGNED_SIDES)
            .nominalRange(NOMINAL_CROSS_TORSO_LENGTHS)
            .requires(Set.of(LEFT_HIP), Set.of(RIGHT_HIP), Set.of(LEFT_KNEE), Set.of(RIGHT_KNEE))
            .optSidesNotComparable()
            .build());
  }

  @Override
  OptionalDouble value(BodyFrame body) {
    Optional<Measures.BodyLine> hips = Measures.hipLine(body);
    // One knee moves and the other does not: a knee bridged from its partner's old offset would
    // freeze the pulled one, so only knees actually seen count.
    Optional<Vec2> lk = body.observed(LEFT_KNEE);
    Optional<Vec2> rk = body.observed(RIGHT_KNEE);
    if (hips.isEmpty() || lk.isEmpty() || rk.isEmpty()) {
      return OptionalDouble.empty();
    }
    Vec2 left = hips.get().direction().unit();
    Vec2 hip = hips.get().origin();
    double leftCross = -body.inTorsoLengths(lk.get().minus(hip).dot(left));
    double rightCross = body.inTorsoLengths(rk.get().minus(hip).dot(left));
    return OptionalDouble.of(leftCross - rightCross);
  }
}
