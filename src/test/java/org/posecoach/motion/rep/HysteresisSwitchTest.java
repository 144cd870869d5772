package org.posecoach.motion.rep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HysteresisSwitchTest {

  private static final double ON = 0.5;
  private static final double OFF = 0.25;

  @Test
  void switchesOnOnlyAfterStayingAboveTheUpperThresholdForTheMinimumTime() {
    HysteresisSwitch sw = new HysteresisSwitch(0.1);
    assertFalse(sw.update(0.00, 0.8, ON, OFF) == HysteresisSwitch.State.ON);
    assertFalse(sw.update(0.05, 0.8, ON, OFF) == HysteresisSwitch.State.ON);
    assertTrue(sw.update(0.10, 0.8, ON, OFF) == HysteresisSwitch.State.ON);
    assertEquals(0.0, sw.onSinceSeconds(), 1e-9);
  }

  @Test
  void aOneSampleSpikeAboveTheUpperThresholdDoesNotSwitchOn() {
    HysteresisSwitch sw = new HysteresisSwitch(0.1);
    sw.update(0.00, 0.9, ON, OFF);
    sw.update(0.033, 0.3, ON, OFF);
    sw.update(0.067, 0.3, ON, OFF);
    assertFalse(sw.isOn());
  }

  @ParameterizedTest(name = "jitter of +-{0} around the lower threshold never flips it off")
  @CsvSource({"0.05", "0.1", "0.2"})
  void jitterInsideTheDeadBandNeverFlipsTheState(double amplitude) {
    HysteresisSwitch sw = new HysteresisSwitch(0);
    sw.update(0, 1.0, ON, OFF);
    int flips = 0;
    boolean last = sw.isOn();
    for (int i = 1; i < 300; i++) {
      double v = (ON + OFF) / 2 + amplitude * Math.sin(i * 1.7) * (ON - OFF) / 0.4;
      v = Math.max(OFF + 1e-6, Math.min(ON - 1e-6, v));
      sw.update(i / 30.0, v, ON, OFF);
      if (sw.isOn() != last) {
        flips++;
        last = sw.isOn();
      }
    }
    assertEquals(0, flips);
    assertTrue(sw.isOn());
  }

  @Test
  void switchesOffAtTheLowerThresholdAtOnce() {
    HysteresisSwitch sw = new HysteresisSwitch(0);
    sw.update(0, 0.9, ON, OFF);
    assertTrue(sw.update(0.1, 0.26, ON, OFF) == HysteresisSwitch.State.ON);
    assertTrue(sw.update(0.2, 0.25, ON, OFF) == HysteresisSwitch.State.OFF);
  }

  @Test
  void refusesALowerThresholdAboveTheUpperOne() {
    HysteresisSwitch sw = new HysteresisSwitch(0);
    assertThrows(IllegalArgumentException.class, () -> sw.update(0, 0.3, 0.2, 0.4));
  }
}
