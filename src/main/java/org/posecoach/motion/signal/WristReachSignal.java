package org.posecoach.motion.signal;

import static org.posecoach.motion.signal.JointGroups.EITHER_HIP;
import static org.posecoach.motion.signal.JointGroups.EITHER_KNEE;
import static org.posecoach.motion.signal.JointGroups.EITHER_SHOULDER;
import static org.posecoach.motion.signal.JointGroups.EITHER_WRIST;
import static org.posecoach.pose.Joint.LEFT_KNEE;
import static org.posecoach.pose.Joint.LEFT_WRIST;
import static org.posecoach.pose.Joint.RIGHT_KNEE;
import static org.posecoach.pose.Joint.RIGHT_WRIST;

import java.util.Optional;
import java.util.OptionalDouble;
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
public final class WristReachSignal extends ScalarSignal {

  /**
   * Floor (-1.1 torso lengths, an arm below the shoulders) to an arm's length up (+1.1, the
   * shoulder line rolled open): 2.2.
   */
  private static final double NOMINAL_REACH_TORSO_LENGTHS = 2.2;

  public WristReachSignal() {
    super(
        SignalSpec.builder(
                "wrist_reach_difference", SignalSpec.TORSO_LENGTHS, SignalShape.SIGNED_SIDES)
            .nominalRange(NOMINAL_REACH_TORSO_LENGTHS)
            .requires(EITHER_SHOULDER, EITHER_HIP, EITHER_KNEE, EITHER_WRIST)
            // A height that follows {@code 1 - cos} of the rotation: flat at first.
            .optQuadraticNearRest(true)
            .build());
  }

  @Override
  OptionalDouble value(BodyFrame body) {
    Optional<Measures.BodyLine> torso = Measures.torsoLine(body);
    Optional<Vec2> knee = body.mid(LEFT_KNEE, RIGHT_KNEE);
    if (torso.isEmpty() || knee.isEmpty()) {
      return OptionalDouble.empty();
    }
    // A bridged wrist repeats its partner's old offset, which a reach changes completely: its
    // height is unknown, so is the signal. A wrist not detected at all is behind the body.
    if ((body.isVisible(LEFT_WRIST) && !body.isObserved(LEFT_WRIST))
        || (body.isVisible(RIGHT_WRIST) && !body.isObserved(RIGHT_WRIST))) {
      return OptionalDouble.empty();
    }
    Optional<Vec2> lw = body.observed(LEFT_WRIST);
    Optional<Vec2> rw = body.observed(RIGHT_WRIST);
    if (lw.isEmpty() && rw.isEmpty()) {
      return OptionalDouble.empty();
    }
    // Heights above the shoulders, across the torso line.
    double floor = torso.get().heightOf(body, knee.get());
    double left = lw.map(w -> torso.get().heightOf(body, w)).orElse(floor);
    double right = rw.map(w -> torso.get().heightOf(body, w)).orElse(floor);
    return OptionalDouble.of(left - right);
  }
}
