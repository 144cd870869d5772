package org.posecoach.motion.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.posecoach.pose.Joint;
import org.posecoach.pose.Keypoint;
import org.posecoach.pose.KeypointLayout;
import org.posecoach.pose.Pose;

class FiltersTest {

  @Test
  void theMedianFilterRemovesAOneFrameGlitch() {
    MedianFilter m = new MedianFilter(3);
    m.apply(0.00, 1);
    m.apply(0.03, 1);
    assertEquals(1, m.apply(0.07, 50), 1e-9);
    assertEquals(1, m.apply(0.10, 1), 1e-9);
  }

  @Test
  void theSlopeOfALineIsItsRate() {
    SlopeEstimator s = new SlopeEstimator(0.4);
    double slope = 0;
    for (int i = 0; i < 30; i++) {
      slope = s.apply(i / 30.0, 2 + 3 * i / 30.0);
    }
    assertEquals(3.0, slope, 1e-9);
  }

  private static Pose pose(double t, double rightKneeX, double rightKneeScore) {
    List<Keypoint> k =
        KeypointLayout.COCO_17.joints().stream()
            .map(
                j -> {
                  double x = 100 + 10 * j.ordinal();
                  double y = 200;
                  double score = 0.9;
                  if (j == Joint.RIGHT_KNEE) {
                    x = rightKneeX;
                    score = rightKneeScore;
                  }
                  return Keypoint.of(j, x, y, score);
                })
            .toList();
    return new Pose((long) (t * 1e9), 640, 480, KeypointLayout.COCO_17, k, 0.9);
  }

  @Test
  void aLostJointIsBridgedFromItsPartnerWithTheLastSeenOffset() {
    PairGapFiller filler = new PairGapFiller();
    Pose seen = filler.apply(pose(0, 300, 0.9));
    double leftKneeX = seen.get(Joint.LEFT_KNEE).x();
    Pose bridged = filler.apply(pose(0.2, 999, 0.05));
    assertEquals(300, bridged.get(Joint.RIGHT_KNEE).x(), 1e-9);
    assertEquals(leftKneeX, bridged.get(Joint.LEFT_KNEE).x(), 1e-9);
    assertEquals(PairGapFiller.OFFSET_MIN_SCORE > 0.3, true);
  }

  @Test
  void aJointLostForLongerThanTheBridgeStaysLost() {
    PairGapFiller filler = new PairGapFiller();
    filler.apply(pose(0, 300, 0.9));
    Pose later = filler.apply(pose(PairGapFiller.MAX_BRIDGE_SECONDS + 0.5, 999, 0.05));
    assertEquals(0.05, later.get(Joint.RIGHT_KNEE).score(), 1e-9);
  }
}
