package org.posecoach.motion.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.posecoach.pose.Joint.LEFT_HIP;
import static org.posecoach.pose.Joint.RIGHT_HIP;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SignalSpecTest {
  @Test
  void defaultsAreOneRangeRestingAtZeroWithComparableSides() {
    SignalSpec spec =
        SignalSpec.builder("lift", SignalSpec.DEGREES, SignalShape.ONE_WAY)
            .nominalRange(40)
            .requires(Set.of(LEFT_HIP, RIGHT_HIP))
            .build();
    assertEquals(40, spec.nominalRange(true), 1e-12);
    assertEquals(40, spec.nominalRange(false), 1e-12);
    assertEquals(0, spec.restValue(), 1e-12);
    assertTrue(spec.sidesComparable());
    assertFalse(spec.quadraticNearRest());
    assertFalse(spec.needsMask());
    assertEquals(List.of(Set.of(LEFT_HIP, RIGHT_HIP)), spec.requiredJoints());
  }

  @Test
  void aSpecWithoutRangeOrJointsIsRefused() {
    SignalSpec.Builder noRange =
        SignalSpec.builder("x", SignalSpec.DEGREES, SignalShape.ONE_WAY).requires(Set.of(LEFT_HIP));
    assertThrows(IllegalStateException.class, noRange::build);
    SignalSpec.Builder noJoints =
        SignalSpec.builder("x", SignalSpec.DEGREES, SignalShape.ONE_WAY).nominalRange(1);
    assertThrows(IllegalStateException.class, noJoints::build);
  }

  @Test
  void everySignalAnswersItsContractFromItsSpec() {
    ExerciseSignal signal = new HeadNeckSignal();
    SignalSpec spec = signal.spec();
    assertEquals("head_neck_angle", signal.name());
    assertEquals(spec.unit(), signal.unit());
    assertEquals(SignalShape.TWO_ENDS, signal.shape());
    assertEquals(spec.nominalRange(true), signal.nominalRange(true), 1e-12);
    assertEquals(spec.nominalRange(false), signal.nominalRange(false), 1e-12);
    assertEquals(spec.restValue(), signal.restValue(), 1e-12);
    assertEquals(spec.requiredJoints(), signal.requiredJoints());
  }
}
