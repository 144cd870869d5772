package org.posecoach.motion.signal;

import static org.posecoach.pose.Joint.LEFT_ANKLE;
import static org.posecoach.pose.Joint.LEFT_HIP;
import static org.posecoach.pose.Joint.LEFT_KNEE;
import static org.posecoach.pose.Joint.LEFT_SHOULDER;
import static org.posecoach.pose.Joint.RIGHT_ANKLE;
import static org.posecoach.pose.Joint.RIGHT_HIP;
import static org.posecoach.pose.Joint.RIGHT_KNEE;
import static org.posecoach.pose.Joint.RIGHT_SHOULDER;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
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
public final class SitBackSignal implements ExerciseSignal {

  /**
   * From about 90 degrees (hands and knees) to about 155 (knees closed to ~160, hips to ~150 with
   * the chest on the thighs): 65 degrees.
   */
  private static final double NOMINAL_RANGE_DEG = 65;

  private static final SignalSpec SPEC =
      SignalSpec.builder("sit_back_angle", SignalSpec.DEGREES, SignalShape.ONE_WAY)
          .nominalRange(NOMINAL_RANGE_DEG)
          .requires(
              Set.of(LEFT_SHOULDER, RIGHT_SHOULDER),
              Set.of(LEFT_HIP, RIGHT_HIP),
              Set.of(LEFT_KNEE, RIGHT_KNEE),
              Set.of(LEFT_ANKLE, RIGHT_ANKLE))
          .build();

  @Override
  public SignalSpec spec() {
    return SPEC;
  }

  @Override
  public Optional<SignalSample> measure(BodyFrame body) {
    OptionalDouble hip = Measures.pairHipFlexionDeg(body);
    OptionalDouble knee = Measures.pairKneeFlexionDeg(body);
    if (hip.isEmpty() || knee.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(SignalSample.of((hip.getAsDouble() + knee.getAsDouble()) / 2));
  }
}
