package org.posecoach.motion.rep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThresholdsTest {

  @ParameterizedTest(name = "range {0}, minimum {1}, calibrated {2}: end at {3}")
  @CsvSource({
    "40, 12, false, 16", // uncalibrated: 40 % of the textbook range
    "40, 20, false, 20", // never below the routine's minimum
    "30, 12, true, 15", //  calibrated: half the user's range
    "20, 12, true, 12" //   a stiff user: the routine's minimum still applies
  })
  void theEndThresholdIsAFractionOfTheRangeButNeverBelowTheMinimum(
      double range, double min, boolean calibrated, double enter) {
    assertEquals(enter, Thresholds.of(range, min, calibrated).enter(), 1e-9);
  }

  @ParameterizedTest(name = "range {0}: rest < exit <= attempt < enter")
  @CsvSource({"40, 12", "10, 12", "100, 5"})
  void theLevelsAreOrderedWithADeadBand(double range, double min) {
    for (boolean calibrated : new boolean[] {false, true}) {
      Thresholds t = Thresholds.of(range, min, calibrated);
      assertTrue(t.rest() < t.exit());
      assertTrue(t.exit() <= t.attempt());
      assertTrue(t.attempt() < t.enter());
    }
  }
}
