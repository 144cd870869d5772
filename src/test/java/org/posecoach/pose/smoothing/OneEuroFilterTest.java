package org.posecoach.pose.smoothing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.posecoach.pose.Poses;
import org.posecoach.pose.smoothing.OneEuroFilter.Flavour;

class OneEuroFilterTest {
  private static final long FRAME_NANOS = 33_333_333;

  @Test
  void aStillSignalLosesMostOfItsJitter() {
    OneEuroFilter filter = new OneEuroFilter(Flavour.MEDIAPIPE, 0.05, 80, 1.0);
    Random noise = new Random(7);
    double rawSpread = 0;
    double filteredSpread = 0;
    for (int i = 0; i < 300; i++) {
      double raw = 100 + noise.nextGaussian();
      double out = filter.apply(i * FRAME_NANOS / 1e9, 1 / 200.0, raw);
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
    OneEuroFilter filter = new OneEuroFilter(Flavour.MEDIAPIPE, 0.05, 80, 1.0);
    double out = 0;
    for (int i = 0; i < 30; i++) {
      out = filter.apply(i * FRAME_NANOS / 1e9, 1 / 200.0, i * 10.0); // 300 px/s
    }
    assertTrue(Math.abs(out - 290) < 30, "lagged to " + out);
  }

  @Test
  void aRepeatedTimestampPassesTheValueThrough() {
    OneEuroFilter filter = new OneEuroFilter(Flavour.MEDIAPIPE, 0.05, 80, 1.0);
    filter.apply(0, 1, 5);
    assertEquals(9, filter.apply(0, 1, 9), 0);
  }

  @Test
  void thePaperFlavourPassesTheFirstSampleAndSmoothsJitterAtRest() {
    OneEuroFilter f = new OneEuroFilter(Flavour.PAPER, 1.0, 0.5, 1.0);
    assertEquals(5.0, f.apply(0, 5.0), 1e-9);
    Random r = new Random(3);
    double sumSq = 0;
    for (int i = 1; i <= 300; i++) {
      double out = f.apply(i / 30.0, 5.0 + 0.1 * r.nextGaussian());
      if (i > 60) {
        sumSq += (out - 5) * (out - 5);
      }
    }
    assertTrue(Math.sqrt(sumSq / 240) < 0.05, "smoothed jitter " + Math.sqrt(sumSq / 240));
  }

  @Test
  void thePaperFlavourFollowsAFastMoveWithLittleLag() {
    OneEuroFilter f = new OneEuroFilter(Flavour.PAPER, 1.0, 0.5, 1.0);
    double out = 0;
    for (int i = 0; i <= 30; i++) {
      out = f.apply(i / 30.0, i < 5 ? 0 : 1);
    }
    assertEquals(1.0, out, 0.02);
  }

  @Test
  void thePaperFlavourStartsAfreshAfterReset() {
    OneEuroFilter f = new OneEuroFilter(Flavour.PAPER, 1.0, 0.5, 1.0);
    f.apply(0, 0);
    f.apply(0.1, 0);
    f.reset();
    assertEquals(7.0, f.apply(0.2, 7.0), 1e-9);
  }

  @Test
  void theMediaPipeFlavourMeasuresSpeedFromTheRawInputAndThePaperFromItsOutput() {
    OneEuroFilter mediaPipe = new OneEuroFilter(Flavour.MEDIAPIPE, 1.0, 0.5, 1.0);
    OneEuroFilter paper = new OneEuroFilter(Flavour.PAPER, 1.0, 0.5, 1.0);
    for (OneEuroFilter f : List.of(mediaPipe, paper)) {
      f.apply(0, 0);
      f.apply(0.1, 1);
    }
    // The raw input now stands still; the paper's output is still catching up, so the paper reads
    // a speed, opens its cutoff and follows the step faster.
    double fromMediaPipe = mediaPipe.apply(0.2, 1);
    double fromPaper = paper.apply(0.2, 1);
    assertTrue(fromPaper > fromMediaPipe, fromPaper + " vs " + fromMediaPipe);
    assertTrue(fromPaper < 1, "still short of the step: " + fromPaper);
  }

  @Test
  void thePaperFlavourAnswersARepeatedTimestampWithItsLastOutput() {
    OneEuroFilter filter = new OneEuroFilter(Flavour.PAPER, 1.0, 0.5, 1.0);
    filter.apply(0, 5);
    assertEquals(5, filter.apply(0, 9), 0);
  }

  @Test
  void anUnsureJointMovesOnlyInProportionToItsScore() {
    OneEuroKeypointFilter filter =
        new OneEuroKeypointFilter(OneEuroKeypointFilter.Settings.COACHING);
    java.util.function.BiFunction<Double, Double, org.posecoach.pose.Pose> pose =
        (wristX, wristScore) -> {
          java.util.List<org.posecoach.pose.Keypoint> points = new java.util.ArrayList<>();
          for (org.posecoach.pose.Joint j : org.posecoach.pose.KeypointLayout.COCO_17.joints()) {
            boolean wrist = j == org.posecoach.pose.Joint.LEFT_WRIST;
            points.add(
                org.posecoach.pose.Keypoint.of(
                    j,
                    wrist ? wristX : 100 + j.ordinal() * 10,
                    200 + j.ordinal() * 5,
                    wrist ? wristScore : 0.9));
          }
          return new org.posecoach.pose.Pose(
              0, 640, 480, org.posecoach.pose.KeypointLayout.COCO_17, points, 0.9);
        };
    for (int i = 0; i < 30; i++) {
      filter.apply(Poses.at(pose.apply(300.0, 0.9), i * FRAME_NANOS));
    }
    // One frame where the model, unsure (score 0.05), puts the wrist 200 px away.
    double doubtful =
        filter
            .apply(Poses.at(pose.apply(500.0, 0.05), 30 * FRAME_NANOS))
            .get(org.posecoach.pose.Joint.LEFT_WRIST)
            .x();
    assertTrue(Math.abs(doubtful - 300) < 200 * 0.1 + 1, "moved to " + doubtful);
  }
}
