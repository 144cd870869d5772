package org.posecoach.motion.signal;

import static org.posecoach.motion.signal.JointGroups.EITHER_HIP;
import static org.posecoach.motion.signal.JointGroups.EITHER_KNEE;
import static org.posecoach.motion.signal.JointGroups.EITHER_SHOULDER;

import java.util.OptionalDouble;
import org.posecoach.motion.body.BodyFrame;

/**
 * Knees to chest seen from the side: hip flexion of the knee pair, in degrees.
 *
 * <p>180 minus the angle at the hip midpoint between the shoulder midpoint and the knee midpoint.
 * Lying with the knees bent and the feet on the floor it is about 50 degrees; with the knees hugged
 * to the chest about 120. Both segments swing in the image plane of a side view, so the angle is
 * seen undistorted whichever side the camera is on.
 */
public final class HipFlexionSignal extends ScalarSignal {

  /** From about 50 degrees (feet on the floor) to about 115 (knees hugged): 65 degrees. */
  private static final double NOMINAL_RANGE_DEG = 65;

  public HipFlexionSignal() {
    super(
        SignalSpec.builder("hip_flexion", SignalSpec.DEGREES, SignalShape.ONE_WAY)
            .nominalRange(NOMINAL_RANGE_DEG)
            .requires(EITHER_SHOULDER, EITHER_HIP, EITHER_KNEE)
            .build());
  }

  @Override
  OptionalDouble value(BodyFrame body) {
    return Measures.pairHipFlexionDeg(body);
  }
}
