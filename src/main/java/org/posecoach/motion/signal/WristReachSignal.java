package org.posecoach.motion.signal;

import static org.posecoach.pose.Joint.LEFT_HIP;
import static org.posecoach.pose.Joint.LEFT_KNEE;
import static org.posecoach.pose.Joint.LEFT_SHOULDER;
import static org.posecoach.pose.Joint.LEFT_WRIST;
import static org.posecoach.pose.Joint.RIGHT_HIP;
import static org.posecoach.pose.Joint.RIGHT_KNEE;
import static org.posecoach.pose.Joint.RIGHT_SHOULDER;
import static org.posecoach.pose.Joint.RIGHT_WRIST;

import java.util.Optional;
import java.util.Set;
import org.posecoach.motion.body.BodyFrame;
import org.posecoach.motion.body.Vec2;

/**
 * Thread the needle seen from the side: left wrist height minus right wrist height above the
 * shoulders, in torso lengths.
 *
 * <p>Heights are measured from the shoulder midpoint along the up normal of the torso line. On
 * hands and knees both wrists are on the floor, an arm's length (about 1.1 torso lengths) below the
 * shoulders, and the difference is 0. Threading one hand under the body keeps it on the floor; the
 * reach that follows, as the shoulder line rotates open, lifts that hand about an arm's length
 * above the shoulders, so the difference swings by about 2 torso lengths, positive for the left
 * hand. A wrist the camera cannot see (behind the body) is taken to rest on the floor, at the
 * knees' height: a hand reaching up is in plain view.
 */
public final class WristReachSignal implements ExerciseSignal {

  /**
   * Floor (-1.1 torso lengths, an arm below the shoulders) to an arm's length up (+1.1, the
   * shoulder line rolled open): 2.2.
   */
  private static final double NOMINAL_REACH_TORSO_LENGTHS = 2.2;

  private static final SignalSpec SPEC =
      SignalSpec.builder(
              "wrist_reach_difference", SignalSpec.TORSO_LENGTHS, SignalShape.SIGNED_SIDES)
          .nominalRange(NOMINAL_REACH_TORSO_LENGTHS)
          .requires(
              Set.of(LEFT_SHOULDER, RIGHT_SHOULDER),
              Set.of(LEFT_HIP, RIGHT_HIP),
              Set.of(LEFT_KNEE, RIGHT_KNEE),
              Set.of(LEFT_WRIST, RIGHT_WRIST))
          // A height that follows {@code 1 - cos} of the rotation: flat at first.
          .optQuadraticNearRest(true)
          .build();

  @Override
  public SignalSpec spec() {
    return SPEC;
  }

  @Override
  public Optional<SignalSample> measure(BodyFrame body) {
    Optional<Vec2> axis = body.torsoAxis();
    Optional<Vec2> shoulder = body.shoulderMid();
    Optional<Vec2> knee = body.mid(LEFT_KNEE, RIGHT_KNEE);
    if (axis.isEmpty() || shoulder.isEmpty() || knee.isEmpty()) {
      return Optional.empty();
    }
    // A bridged wrist repeats its partner's old offset, which a reach changes completely: its
    // height is unknown, so is the signal. A wrist not detected at all is behind the body.
    if ((body.isVisible(LEFT_WRIST) && !body.isObserved(LEFT_WRIST))
        || (body.isVisible(RIGHT_WRIST) && !body.isObserved(RIGHT_WRIST))) {
      return Optional.empty();
    }
    Optional<Vec2> lw = body.observed(LEFT_WRIST);
    Optional<Vec2> rw = body.observed(RIGHT_WRIST);
    if (lw.isEmpty() && rw.isEmpty()) {
      return Optional.empty();
    }
    double floor = Measures.heightAboveLine(body, knee.get(), shoulder.get(), axis.get());
    double left =
        lw.map(w -> Measures.heightAboveLine(body, w, shoulder.get(), axis.get())).orElse(floor);
    double right =
        rw.map(w -> Measures.heightAboveLine(body, w, shoulder.get(), axis.get())).orElse(floor);
    return Optional.of(SignalSample.of(left - right));
  }
}
