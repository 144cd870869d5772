package org.posecoach.pose.smoothing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class OneEuroFilterTest {
  private static final long FRAME_NANOS = 33_333_333;

  @Test
  void aStillSignalLosesMostOfItsJitter() {
    OneEuroFilter filter = new OneEuroFilter(0.05, 80, 1.0, 30);
    Random noise = new Random(7);
    double rawSpread = 0;
    double filteredSpread = 0;
    for (int i = 0; i < 300; i++) {
      double raw = 100 + noise.nextGaussian();
      double out = filter.apply(i * FRAME_NANOS, 1 / 200.0, raw);
      if (i > 60) {
        rawSpread += Math.abs(raw - 100);
        filteredSpread += Math.abs(out - 100);
      }
    }
    // MediaPipe's settings trade smoothing for responsiveness: jitter is halved, not removed.
    assertTrue(
        filteredSpread < rawSpread * 0.6, "filtered " + filteredSpread + " raw " + rawSpread);
  }

  @Test
  void aFastMoveIsFollowedWithLittleLag() {
    OneEuroFilter filter = new OneEuroFilter(0.05, 80, 1.0, 30);
    double out = 0;
    for (int i = 0; i < 30; i++) {
      out = filter.apply(i * FRAME_NANOS, 1 / 200.0, i * 10.0); // 300 px/s
    }
    assertTrue(Math.abs(out - 290) < 30, "lagged to " + out);
  }

  @Test
  void aRepeatedTimestampPassesTheValueThrough() {
    OneEuroFilter filter = new OneEuroFilter(0.05, 80, 1.0, 30);
    filter.apply(0, 1, 5);
    assertEquals(9, filter.apply(0, 1, 9), 0);
  }
}
