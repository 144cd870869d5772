package org.posecoach.motion.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.posecoach.motion.signal.SignalShape;

class PeriodicityCounterTest {

  /** Feeds {@code signal} at 30 fps for {@code seconds}, with seeded jitter. */
  private static PeriodicityCounter run(
      SignalShape shape, DoubleUnaryOperator signal, double seconds, double jitter) {
    PeriodicityCounter counter = new PeriodicityCounter(shape, 1.0);
    Random random = new Random(7);
    for (int i = 0; i <= seconds * 30; i++) {
      double t = i / 30.0;
      counter.add(t, signal.applyAsDouble(t) + jitter * random.nextGaussian());
    }
    return counter;
  }

  /** {@code reps} raised-cosine repetitions of {@code period} s after {@code lead} s of rest. */
  private static DoubleUnaryOperator oneWay(int reps, double period, double lead) {
    return t -> {
      double u = t - lead;
      return u < 0 || u > reps * period ? 0 : 0.5 - 0.5 * Math.cos(2 * Math.PI * u / period);
    };
  }

  @ParameterizedTest(name = "{0} repetitions of {1} s")
  @CsvSource({"3, 4", "5, 3", "8, 2.5", "12, 1.5"})
  void findsThePeriodAndCountsOneWayRepetitions(int reps, double period) {
    PeriodicityCounter.Count c =
        run(SignalShape.ONE_WAY, oneWay(reps, period, 2), 2 + reps * period + 2, 0.03)
            .count()
            .orElseThrow();
    assertEquals(reps, c.reps());
    assertEquals(period, c.periodSeconds(), 0.15 * period);
  }

  @Test
  void countsASingleRepetitionWithoutAPeriod() {
    PeriodicityCounter.Count c =
        run(SignalShape.ONE_WAY, oneWay(1, 5, 1), 8, 0.02).count().orElseThrow();
    assertEquals(1, c.reps());
  }

  @Test
  void needsBothEndsForATwoEndedRepetition() {
    // Cow, cat, cow: one repetition and half of the next.
    DoubleUnaryOperator cowCatCow =
        t -> t < 1 ? 0 : t < 13 ? -Math.sin(2 * Math.PI * (t - 1) / 8) : 0;
    assertEquals(1, run(SignalShape.TWO_ENDS, cowCatCow, 15, 0.02).count().orElseThrow().reps());
    DoubleUnaryOperator fiveCycles = t -> Math.sin(2 * Math.PI * t / 3);
    assertEquals(5, run(SignalShape.TWO_ENDS, fiveCycles, 15, 0.05).count().orElseThrow().reps());
  }

  @Test
  void countsSignedSwingsToEitherSideFromTheMiddle() {
    // Three to the left, then three to the right, resting in the middle between them.
    DoubleUnaryOperator blocks =
        t -> {
          double u = t % 4;
          double swing = u < 3 ? Math.sin(Math.PI * u / 3) : 0;
          return t < 12 ? swing : -swing;
        };
    assertEquals(6, run(SignalShape.SIGNED_SIDES, blocks, 24, 0.03).count().orElseThrow().reps());
  }

  @Test
  void aStillOrFidgetingSetHasNothingToCount() {
    PeriodicityCounter.Count still =
        run(SignalShape.ONE_WAY, t -> 0.05 * Math.sin(t), 20, 0.02).count().orElseThrow();
    assertEquals(0, still.reps());
  }

  @Test
  void aSetOfASecondHasNoRhythmToRead() {
    assertTrue(run(SignalShape.ONE_WAY, oneWay(1, 1, 0), 1, 0).count().isEmpty());
  }
}
