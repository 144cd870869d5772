package org.posecoach.motion.rep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.posecoach.motion.rep.DetectorTestSupport.bumps;
import static org.posecoach.motion.rep.DetectorTestSupport.excursions;
import static org.posecoach.motion.rep.DetectorTestSupport.reps;
import static org.posecoach.motion.rep.DetectorTestSupport.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.posecoach.motion.signal.SignalShape;
import org.posecoach.motion.vocabulary.Side;

class OutAndBackDetectorTest {

  private static DetectorConfig oneWay(double holdSeconds, boolean countHolds) {
    return new DetectorConfig(SignalShape.ONE_WAY, 60, 60, 0.3, holdSeconds, countHolds, false, 0);
  }

  @ParameterizedTest(name = "{0} smooth repetitions of {1} s are counted {0} times")
  @CsvSource({"1, 3.0", "5, 2.0", "8, 4.0", "10, 1.2"})
  void countsEachSmoothRepetitionOnce(int count, double period) {
    List<DetectorEvent> events =
        run(
            new OutAndBackDetector(oneWay(0, false)),
            t -> bumps(t, period, 60, count, 1),
            null,
            2 + count * period);
    assertEquals(count, reps(events).size());
  }

  @Test
  void countsARepetitionWhenItComesBackThroughTheCentre() {
    List<Rep> reps =
        reps(run(new OutAndBackDetector(oneWay(0, false)), t -> bumps(t, 3, 60, 1, 1), null, 5));
    // Back through a quarter of the range: (1 - cos) / 2 = 0.25 on the way back, at 2/3 of 3 s.
    assertEquals(1 + 3 * (1 - Math.acos(0.5) / (2 * Math.PI)), reps.get(0).timeSeconds(), 0.1);
  }

  @Test
  void jitterAroundTheUpperThresholdDoesNotCountPhantomRepetitions() {
    // Out to 55 % of the range, then jitter +-8 % about the end threshold for 5 s, then back.
    List<DetectorEvent> events =
        run(
            new OutAndBackDetector(oneWay(0, false)),
            t ->
                t < 1
                    ? 0
                    : t < 2
                        ? 33 * (t - 1)
                        : t < 7 ? 33 + 5 * Math.sin(9 * t) : Math.max(0, 33 - 33 * (t - 7)),
            null,
            9);
    assertEquals(1, reps(events).size());
  }

  @Test
  void aMovementThatFallsShortIsReportedButNotCounted() {
    List<DetectorEvent> events =
        run(new OutAndBackDetector(oneWay(0, false)), t -> bumps(t, 3, 20, 1, 1), null, 5);
    assertTrue(reps(events).isEmpty());
    List<Excursion> x = excursions(events);
    assertEquals(1, x.size());
    assertFalse(x.get(0).reachedEnd());
  }

  @Test
  void fidgetsBelowTheCentreBandAreNotEvenReported() {
    List<DetectorEvent> events =
        run(
            new OutAndBackDetector(oneWay(0, false)),
            t -> 6 * Math.sin(2 * t) * Math.sin(0.7 * t),
            null,
            30);
    assertTrue(events.isEmpty());
  }

  @Test
  void countsEachSideOfASignedSignalSeparately() {
    DetectorConfig config =
        new DetectorConfig(SignalShape.SIGNED_SIDES, 50, 50, 0.3, 0, false, false, 0);
    List<Rep> reps =
        reps(
            run(
                new OutAndBackDetector(config),
                t -> bumps(t, 2.5, 50, 6, 1) * (((int) ((t - 1) / 2.5)) % 2 == 0 ? 1 : -1),
                null,
                17));
    assertEquals(6, reps.size());
    assertEquals(3, reps.stream().filter(r -> r.side().orElseThrow() == Side.LEFT).count());
    assertEquals(Side.LEFT, reps.get(0).side().orElseThrow());
    assertEquals(Side.RIGHT, reps.get(1).side().orElseThrow());
  }

  @Test
  void takesTheSideOfAVotedSignalFromItsVotes() {
    DetectorConfig config =
        new DetectorConfig(SignalShape.VOTED_SIDES, 0.3, 0.3, 0.3, 0, false, false, 0);
    List<Rep> reps =
        reps(
            run(
                new OutAndBackDetector(config),
                t -> bumps(t, 2.5, 0.3, 2, 1),
                t -> t < 3.5 ? -0.2 : 0.2,
                7));
    assertEquals(
        List.of(Side.RIGHT, Side.LEFT), reps.stream().map(r -> r.side().orElseThrow()).toList());
  }

  @Test
  void aTimedHoldCountsWhenHeldForItsTimeNotOnRelease() {
    List<DetectorEvent> events =
        run(
            new OutAndBackDetector(oneWay(10, true)),
            t ->
                t < 1
                    ? 0
                    : t < 2.5
                        ? 60 * (1 - Math.cos(Math.PI * (t - 1) / 1.5)) / 2
                        : t < 14
                            ? 60
                            : t < 15.5 ? 60 * (1 + Math.cos(Math.PI * (t - 14) / 1.5)) / 2 : 0,
            null,
            17);
    List<Rep> reps = reps(events);
    assertEquals(1, reps.size());
    assertEquals(12.5, reps.get(0).timeSeconds(), 0.6);
  }

  @Test
  void aTimedHoldReleasedEarlyIsNotCountedAndCarriesItsHoldTime() {
    List<DetectorEvent> events =
        run(new OutAndBackDetector(oneWay(10, true)), t -> t < 1 ? 0 : t < 7 ? 60 : 0, null, 9);
    assertTrue(reps(events).isEmpty());
    assertTrue(excursions(events).get(0).heldSeconds() < 10);
  }

  @Test
  void noCountingWhileTheSignalIsMissing() {
    OutAndBackDetector detector = new OutAndBackDetector(oneWay(0, false));
    detector.start();
    int counted = 0;
    for (int i = 0; i <= 150; i++) {
      double t = i / 30.0;
      boolean hidden = t > 1.8 && t < 3.2; // the whole top and return are unseen for 1.4 s
      List<DetectorEvent> e =
          hidden
              ? detector.missing(t)
              : detector.update(
                  t, org.posecoach.motion.signal.SignalSample.of(bumps(t, 3, 60, 1, 1)), 0);
      counted += reps(e).size();
    }
    assertEquals(0, counted);
  }

  /** A path through the given (time, value) corners, straight between them, flat after the last. */
  private static double corners(double t, double... timeValue) {
    for (int i = 2; i < timeValue.length; i += 2) {
      if (t <= timeValue[i]) {
        double t0 = timeValue[i - 2];
        double f = (t - t0) / (timeValue[i] - t0);
        return timeValue[i - 1] + f * (timeValue[i + 1] - timeValue[i - 1]);
      }
    }
    return timeValue[timeValue.length - 1];
  }

  @Test
  void aStretchBegunAtOnceCountsFromWhereTheUserWasWhenCountingStarted() {
    // Moving at once from the start position (0), pausing two thirds of the way out (where the
    // start value is learnt: the rest of the way is too small a movement from there), holding the
    // end, then coming back down to 0 with a pause on the way.
    List<Rep> reps =
        reps(
            run(
                new OutAndBackDetector(oneWay(0, false)),
                t ->
                    corners(
                        t, 0, 0, 0.15, 0, 0.8, 40, 1.6, 40, 2.2, 60, 8, 60, 8.6, 40, 9.4, 40, 10.2,
                        0),
                null,
                13));
    assertEquals(1, reps.size());
  }

  @Test
  void arrivingFromAboveAndSettlingIsNotARepetition() {
    // Counting starts while the user is still lowering into the start position (from 60 to 20);
    // then they rest there and shift a little lower.
    List<Rep> reps =
        reps(
            run(
                new OutAndBackDetector(oneWay(0, false)),
                t -> corners(t, 0, 60, 1, 20, 4, 20, 4.3, 17, 8, 17),
                null,
                10));
    assertEquals(0, reps.size());
  }
}
