package org.posecoach.motion.rep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RangeCalibrationTest {

  @Test
  void usesTheTextbookRangeUntilThreeRepetitionsReachTheEnd() {
    RangeCalibration cal = new RangeCalibration(40, 30);
    cal.addPeak(true, 20);
    cal.addPeak(true, 22);
    assertFalse(cal.isCalibrated(true));
    assertEquals(40, cal.range(true), 1e-9);
    cal.addPeak(true, 60);
    assertTrue(cal.isCalibrated(true));
    assertEquals(22, cal.range(true), 1e-9);
  }

  @Test
  void calibratesEachDirectionSeparately() {
    RangeCalibration cal = new RangeCalibration(40, 30);
    for (double p : new double[] {20, 21, 22}) {
      cal.addPeak(true, p);
    }
    assertTrue(cal.isCalibrated(true));
    assertFalse(cal.isCalibrated(false));
    assertEquals(30, cal.range(false), 1e-9);
  }

  @Test
  void theRangeGrowsWithAWarmingUpUserButNeverShrinksWithATiringOne() {
    RangeCalibration cal = new RangeCalibration(40, 40);
    for (double p : new double[] {20, 20, 20}) {
      cal.addPeak(true, p);
    }
    for (double p : new double[] {30, 30, 30, 30, 30}) {
      cal.addPeak(true, p);
    }
    assertEquals(30, cal.range(true), 1e-9);
    for (double p : new double[] {10, 10, 10, 10, 10}) {
      cal.addPeak(true, p);
    }
    assertEquals(30, cal.range(true), 1e-9);
  }

  @Test
  void theStartValueFollowsSlowDriftOnlyGradually() {
    RangeCalibration cal = new RangeCalibration(1, 1);
    cal.setNeutral(0);
    cal.trackNeutral(1.0, RangeCalibration.NEUTRAL_TIME_CONSTANT_SECONDS);
    assertEquals(1 - Math.exp(-1), cal.neutral(), 1e-9);
  }
}
