package org.posecoach.motion.signal;

import static org.posecoach.motion.signal.JointGroups.EITHER_EAR;
import static org.posecoach.motion.signal.JointGroups.EITHER_HIP;
import static org.posecoach.motion.signal.JointGroups.EITHER_SHOULDER;
import static org.posecoach.pose.Joint.LEFT_EAR;
import static org.posecoach.pose.Joint.RIGHT_EAR;

import java.util.Optional;
import java.util.OptionalDouble;
import org.posecoach.motion.body.BodyFrame;
import org.posecoach.motion.body.Vec2;

/**
 * Cat-camel seen from the side: the head-neck angle against the torso line, in degrees, positive
 * with the head raised (camel), negative with the head dropped (cat).
 *
 * <p>The torso line runs from the hip midpoint to the shoulder midpoint; the neck runs from the
 * shoulder midpoint to the ear midpoint. The angle between them, signed towards the image's up side
 * of the torso, follows the whole spine's flexion and extension: rounding the back drops the head
 * below the torso line and dipping it raises the head. On hands and knees it reads about -15
 * degrees at rest, -60 in the cat and +20 in the camel. Only the ears serve as the head point: the
 * nose sits further forward and switching between them would jump the angle.
 */
public final class HeadNeckSignal extends ScalarSignal {

  /** The head drops about 45 degrees from neutral into the cat (cervical flexion is ~50). */
  private static final double NOMINAL_CAT_DEG = 45;

  /** The head rises about 35 degrees into the camel (the spine limits it before the neck does). */
  private static final double NOMINAL_CAMEL_DEG = 35;

  /** At rest on hands and knees the head hangs about 12 degrees below the torso line. */
  private static final double NEUTRAL_DEG = -12;

  public HeadNeckSignal() {
    super(
        SignalSpec.builder("head_neck_angle", SignalSpec.DEGREES, SignalShape.TWO_ENDS)
            .nominalRanges(NOMINAL_CAMEL_DEG, NOMINAL_CAT_DEG)
            .requires(EITHER_SHOULDER, EITHER_HIP, EITHER_EAR)
            .optRestValue(NEUTRAL_DEG)
            .build());
  }

  @Override
  OptionalDouble value(BodyFrame body) {
    Optional<Measures.BodyLine> torso = Measures.torsoLine(body);
    Optional<Vec2> ear = body.mid(LEFT_EAR, RIGHT_EAR);
    if (torso.isEmpty() || ear.isEmpty()) {
      return OptionalDouble.empty();
    }
    Vec2 neck = ear.get().minus(torso.get().origin());
    if (neck.norm() < 1e-6) {
      return OptionalDouble.empty();
    }
    Vec2 axis = torso.get().direction();
    return OptionalDouble.of(Vec2.signedAngleDeg(neck, axis, axis.upNormal()));
  }
}
