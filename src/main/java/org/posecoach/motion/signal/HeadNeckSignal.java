package org.posecoach.motion.signal;

import static org.posecoach.pose.Joint.LEFT_EAR;
import static org.posecoach.pose.Joint.LEFT_HIP;
import static org.posecoach.pose.Joint.LEFT_SHOULDER;
import static org.posecoach.pose.Joint.RIGHT_EAR;
import static org.posecoach.pose.Joint.RIGHT_HIP;
import static org.posecoach.pose.Joint.RIGHT_SHOULDER;

import java.util.Optional;
import java.util.Set;
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
public final class HeadNeckSignal implements ExerciseSignal {

  /** The head drops about 45 degrees from neutral into the cat (cervical flexion is ~50). */
  private static final double NOMINAL_CAT_DEG = 45;

  /** The head rises about 35 degrees into the camel (the spine limits it before the neck does). */
  private static final double NOMINAL_CAMEL_DEG = 35;

  /** At rest on hands and knees the head hangs about 12 degrees below the torso line. */
  private static final double NEUTRAL_DEG = -12;

  private static final SignalSpec SPEC =
      SignalSpec.builder("head_neck_angle", SignalSpec.DEGREES, SignalShape.TWO_ENDS)
          .nominalRanges(NOMINAL_CAMEL_DEG, NOMINAL_CAT_DEG)
          .requires(
              Set.of(LEFT_SHOULDER, RIGHT_SHOULDER),
              Set.of(LEFT_HIP, RIGHT_HIP),
              Set.of(LEFT_EAR, RIGHT_EAR))
          .optRestValue(NEUTRAL_DEG)
          .build();

  @Override
  public SignalSpec spec() {
    return SPEC;
  }

  @Override
  public Optional<SignalSample> measure(BodyFrame body) {
    Optional<Vec2> axis = body.torsoAxis();
    Optional<Vec2> shoulder = body.shoulderMid();
    Optional<Vec2> ear = body.mid(LEFT_EAR, RIGHT_EAR);
    if (axis.isEmpty() || shoulder.isEmpty() || ear.isEmpty()) {
      return Optional.empty();
    }
    Vec2 neck = ear.get().minus(shoulder.get());
    if (neck.norm() < 1e-6) {
      return Optional.empty();
    }
    double angle = Vec2.signedAngleDeg(neck, axis.get(), axis.get().upNormal());
    return Optional.of(SignalSample.of(angle));
  }
}
