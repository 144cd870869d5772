package org.posecoach.motion.signal;

import static org.posecoach.motion.signal.JointGroups.EITHER_ANKLE;
import static org.posecoach.motion.signal.JointGroups.EITHER_HIP;
import static org.posecoach.motion.signal.JointGroups.EITHER_KNEE;
import static org.posecoach.motion.signal.JointGroups.EITHER_SHOULDER;

import java.util.OptionalDouble;
import org.posecoach.motion.body.BodyFrame;

/**
 * Prayer stretch seen from the side: the sit-back angle, the mean of hip flexion and knee flexion,
 * in degrees.
 *
 * <p>On hands and knees both the hip and the knee are bent about 90 degrees; sinking the bottom
 * back onto the heels closes the knee to about 150 and, as the chest lowers between the
 * outstretched arms, the hip to about 145. Averaging the two halves the keypoint jitter of either
 * and still follows the hips-to-heels distance, which shrinks as both angles close.
 */
public final class SitBackSignal extends ScalarSignal {

  /**
   * From about 90 degrees (hands and knees) to about 155 (knees closed to ~160, hips to ~150 with
   * the chest on the thighs): 65 degrees.
   */
  private static final double NOMINAL_RANGE_DEG = 65;

  public SitBackSignal() {
    super(
        SignalSpec.builder("sit_back_angle", SignalSpec.DEGREES, SignalShape.ONE_WAY)
            .nominalRange(NOMINAL_RANGE_DEG)
            .requires(EITHER_SHOULDER, EITHER_HIP, EITHER_KNEE, EITHER_ANKLE)
            .build());
  }

  @Override
  OptionalDouble value(BodyFrame body) {
    OptionalDouble hip = Measures.pairHipFlexionDeg(body);
    OptionalDouble knee = Measures.pairKneeFlexionDeg(body);
    return hip.isPresent() && knee.isPresent()
        ? OptionalDouble.of((hip.getAsDouble() + knee.getAsDouble()) / 2)
        : OptionalDouble.empty();
  }
}
