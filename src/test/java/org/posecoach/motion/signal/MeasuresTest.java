package org.posecoach.motion.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.posecoach.pose.Joint.LEFT_ANKLE;
import static org.posecoach.pose.Joint.LEFT_HIP;
import static org.posecoach.pose.Joint.LEFT_KNEE;
import static org.posecoach.pose.Joint.LEFT_SHOULDER;
import static org.posecoach.pose.Joint.RIGHT_ANKLE;
import static org.posecoach.pose.Joint.RIGHT_HIP;
import static org.posecoach.pose.Joint.RIGHT_KNEE;
import static org.posecoach.pose.Joint.RIGHT_SHOULDER;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.posecoach.motion.body.BodyFrame;
import org.posecoach.motion.body.Vec2;
import org.posecoach.pose.Joint;
import org.posecoach.pose.Keypoint;
import org.posecoach.pose.KeypointLayout;
import org.posecoach.pose.Pose;

/** The shared measurements, on hand-placed keypoints with a torso of 100 px. */
class MeasuresTest {

  private static final double TORSO_PX = 100;

  /** A 640x480 pose with the given joints in view and every other joint unseen. */
  private static BodyFrame body(Map<Joint, Vec2> seen) {
    List<Keypoint> points = new ArrayList<>();
    for (Joint j : KeypointLayout.COCO_17.joints()) {
      Vec2 p = seen.getOrDefault(j, new Vec2(0, 0));
      points.add(Keypoint.of(j, p.x(), p.y(), seen.containsKey(j) ? 0.9 : 0));
    }
    return new BodyFrame(new Pose(0, 640, 480, KeypointLayout.COCO_17, points, 0.9), TORSO_PX);
  }

  /**
   * Seen from the side: shoulders above the hips, thighs straight out forward, shins straight down.
   */
  private static Map<Joint, Vec2> sittingUpright() {
    return Map.of(
        LEFT_SHOULDER, new Vec2(300, 200),
        RIGHT_SHOULDER, new Vec2(300, 200),
        LEFT_HIP, new Vec2(300, 300),
        RIGHT_HIP, new Vec2(300, 300),
        LEFT_KNEE, new Vec2(380, 300),
        RIGHT_KNEE, new Vec2(380, 300),
        LEFT_ANKLE, new Vec2(380, 380),
        RIGHT_ANKLE, new Vec2(380, 380));
  }

  @Test
  void hipAndKneeFlexionReadSquareJointsAsNinetyDegrees() {
    BodyFrame sitting = body(sittingUpright());
    assertEquals(90, Measures.pairHipFlexionDeg(sitting).orElseThrow(), 1e-9);
    assertEquals(90, Measures.pairKneeFlexionDeg(sitting).orElseThrow(), 1e-9);
  }

  @Test
  void aStraightJointHasNoFlexionAndASegmentWithoutLengthHasNone() {
    Vec2 hip = new Vec2(0, 0);
    assertEquals(0, Measures.flexionDeg(new Vec2(0, -1), hip, new Vec2(0, 1)).orElseThrow(), 1e-9);
    assertTrue(Measures.flexionDeg(hip, hip, new Vec2(0, 1)).isEmpty());
  }

  @Test
  void flexionOfAPairIsEmptyWhenThePairIsUnseen() {
    Map<Joint, Vec2> noAnkles = new HashMap<>(sittingUpright());
    noAnkles.remove(LEFT_ANKLE);
    noAnkles.remove(RIGHT_ANKLE);
    BodyFrame body = body(noAnkles);
    assertTrue(Measures.pairKneeFlexionDeg(body).isEmpty());
    assertEquals(90, Measures.pairHipFlexionDeg(body).orElseThrow(), 1e-9);
  }

  @Test
  void theHipLineRunsFromTheHipMidpointTowardsTheLeftHipAndMeasuresHeightUpTheImage() {
    BodyFrame feetView =
        body(
            Map.of(
                LEFT_HIP, new Vec2(340, 300),
                RIGHT_HIP, new Vec2(260, 300),
                LEFT_ANKLE, new Vec2(300, 250)));
    Measures.BodyLine hips = Measures.hipLine(feetView).orElseThrow();
    assertEquals(new Vec2(300, 300), hips.origin());
    assertTrue(hips.direction().x() > 0, "towards the left hip");
    assertEquals(0.5, hips.heightOf(feetView, new Vec2(300, 250)), 1e-9);
    assertEquals(-0.2, hips.heightOf(feetView, new Vec2(330, 320)), 1e-9);
  }

  @Test
  void thereIsNoHipLineWithoutBothHips() {
    assertTrue(Measures.hipLine(body(Map.of(LEFT_HIP, new Vec2(300, 300)))).isEmpty());
  }

  @Test
  void theTorsoLineStartsAtTheShouldersAndMeasuresAcrossTheTorso() {
    // Lying on the side, head to the right: the torso runs along the image's x axis.
    BodyFrame lying =
        body(
            Map.of(
                LEFT_SHOULDER, new Vec2(400, 300),
                LEFT_HIP, new Vec2(300, 300)));
    Measures.BodyLine torso = Measures.torsoLine(lying).orElseThrow();
    assertEquals(new Vec2(400, 300), torso.origin());
    assertEquals(1.1, torso.heightOf(lying, new Vec2(420, 190)), 1e-9);
    assertTrue(Measures.torsoLine(body(Map.of(LEFT_HIP, new Vec2(300, 300)))).isEmpty());
  }
}
