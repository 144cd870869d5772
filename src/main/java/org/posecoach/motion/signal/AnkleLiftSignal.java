package org.posecoach.motion.signal;

import static org.posecoach.motion.signal.JointGroups.EITHER_ANKLE;
import static org.posecoach.pose.Joint.LEFT_ANKLE;
import static org.posecoach.pose.Joint.LEFT_HIP;
import static org.posecoach.pose.Joint.RIGHT_ANKLE;
import static org.posecoach.pose.Joint.RIGHT_HIP;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.posecoach.motion.body.BodyFrame;
import org.posecoach.motion.body.Vec2;

/**
 * Knees to chest seen from the feet: how high the ankles are above the hips in the image, in torso
 * lengths.
 *
 * <p>From the feet the hip angle is foreshortened beyond use, but pulling the knees to the chest
 * lifts the feet off the floor and brings them up towards the knees' height. With the feet on the
 * floor, nearer the camera than the hips, the ankles appear below the hips; hugged, well above.
 * Heights are measured along the image-up normal of the hip line (the person's left-right line).
 */
public final class AnkleLiftSignal extends ScalarSignal {

  /**
   * Measured on the synthetic 1.75 m body (hips flexed from 50 to 115 degrees) with a camera
   * 0.2-0.6 m high, 1-2 m beyond the feet: the ankles rise by 1.0-1.2 torso lengths in the image.
   */
  private static final double NOMINAL_LIFT_TORSO_LENGTHS = 1.1;

  public AnkleLiftSignal() {
    super(
        SignalSpec.builder("ankle_lift", SignalSpec.TORSO_LENGTHS, SignalShape.ONE_WAY)
            .nominalRange(NOMINAL_LIFT_TORSO_LENGTHS)
            .requires(Set.of(LEFT_HIP), Set.of(RIGHT_HIP), EITHER_ANKLE)
            .build());
  }

  @Override
  OptionalDouble value(BodyFrame body) {
    Optional<Measures.BodyLine> hips = Measures.hipLine(body);
    Optional<Vec2> ankle = body.mid(LEFT_ANKLE, RIGHT_ANKLE);
    return hips.isPresent() && ankle.isPresent()
        ? OptionalDouble.of(hips.get().heightOf(body, ankle.get()))
        : OptionalDouble.empty();
  }
}
