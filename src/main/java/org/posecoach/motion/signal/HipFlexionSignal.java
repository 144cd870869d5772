package org.posecoach.motion.signal;

import static org.posecoach.pose.Joint.LEFT_HIP;
import static org.posecoach.pose.Joint.LEFT_KNEE;
import static org.posecoach.pose.Joint.LEFT_SHOULDER;
import static org.posecoach.pose.Joint.RIGHT_HIP;
import static org.posecoach.pose.Joint.RIGHT_KNEE;
import static org.posecoach.pose.Joint.RIGHT_SHOULDER;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.posecoach.motion.body.BodyFrame;

/**
 * Knees to chest seen from the side: hip flexion of the knee pair, in degrees.
 *
 * <p>180 minus the angle at the hip midpoint between the shoulder midpoint and the knee midpoint.
 * Lying with the knees bent and the feet on the floor it is about 50 degrees; with the knees hugged
 * to the chest about 120. Both segments swing in the image plane of a side view, so the angle is
 * seen undistorted whichever side the camera is on.
 */
public final class HipFlexionSignal implements ExerciseSignal {

  /** From about 50 degrees (feet on the floor) to about 115 (knees hugged): 65 degrees. */
  private static final double NOMINAL_RANGE_DEG = 65;

  private static final SignalSpec SPEC =
      SignalSpec.builder("hip_flexion", SignalSpec.DEGREES, SignalShape.ONE_WAY)
          .nominalRange(NOMINAL_RANGE_DEG)
          .requires(
              Set.of(LEFT_SHOULDER, RIGHT_SHOULDER),
              Set.of(LEFT_HIP, RIGHT_HIP),
              Set.of(LEFT_KNEE, RIGHT_KNEE))
          .build();

  @Override
  public SignalSpec spec() {
    return SPEC;
  }

  @Override
  public Optional<SignalSample> measure(BodyFrame body) {
    OptionalDouble flexion = Measures.pairHipFlexionDeg(body);
    return flexion.isPresent()
        ? Optional.of(SignalSample.of(flexion.getAsDouble()))
        : Optional.empty();
  }
}
