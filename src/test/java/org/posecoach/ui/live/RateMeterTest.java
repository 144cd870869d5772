package org.posecoach.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateMeterTest {
  @ParameterizedTest(name = "every {0} ms, {1} per sample → {2}/s")
  @CsvSource({"16.667, 1, 60", "33.333, 1, 30", "16.667, 0, 0", "100, 3, 30"})
  void itIsEventsPerSecondOverTheLastSecond(double everyMillis, int perSample, double expected) {
    RateMeter meter = new RateMeter();
    long count = 0;
    for (int i = 0; i < 300; i++) {
      meter.sample((long) (i * everyMillis * 1e6), count);
      count += perSample;
    }
    assertEquals(expected, meter.perSecond(), 0.5);
  }

  @ParameterizedTest
  @CsvSource({"0", "1"})
  void itIsZeroUntilTwoSamplesLieApart(int samples) {
    RateMeter meter = new RateMeter();
    for (int i = 0; i < samples; i++) {
      meter.sample(0, 5);
    }
    assertEquals(0, meter.perSecond());
  }
}
