package org.posecoach.motion.signal;

import static org.posecoach.motion.signal.JointGroups.EITHER_KNEE;
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
 * Lumbar rotation seen from the feet: the sway angle of the knee pair about the pelvis, in degrees,
 * positive towards the person's left.
 *
 * <p>From the feet, the plane in which the knees swing is the image plane. The angle is measured at
 * the hip midpoint, from the image-up normal of the hip line to the knee midpoint, towards the left
 * hip. The left direction comes from the hip labels, not from the image, so a mirrored image or a
 * camera at the head end reads the same. Knees straight up read 0; dropped to the floor, near 90.
 */
public final class KneeSwaySignal extends ScalarSignal {

  /**
   * The routine's knees go about 55 degrees to each side; seen from a low camera at the feet the
   * projected sway is a little smaller (the knees also come nearer the camera), about 50 degrees.
   */
  private static final double NOMINAL_SWAY_DEG = 50;

  public KneeSwaySignal() {
    super(
        SignalSpec.builder("knee_sway_angle", SignalSpec.DEGREES, SignalShape.SIGNED_SIDES)
            .nominalRange(NOMINAL_SWAY_DEG)
            .requires(Set.of(LEFT_HIP), Set.of(RIGHT_HIP), EITHER_KNEE)
            .optSidesNotComparable()
            .build());
  }

  @Override
  OptionalDouble value(BodyFrame body) {
    Optional<Measures.BodyLine> hips = Measures.hipLine(body);
    Optional<Vec2> knee = body.mid(LEFT_KNEE, RIGHT_KNEE);
    if (hips.isEmpty() || knee.isEmpty()) {
      return OptionalDouble.empty();
    }
    Vec2 left = hips.get().direction();
    Vec2 kneeFromHips = knee.get().minus(hips.get().origin());
    return OptionalDouble.of(Vec2.signedAngleDeg(kneeFromHips, left.upNormal(), left));
  }
}
