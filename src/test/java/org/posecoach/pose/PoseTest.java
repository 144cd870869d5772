package org.posecoach.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PoseTest {
  private static Pose pose() {
    List<Keypoint> points = new ArrayList<>();
    for (Joint j : KeypointLayout.COCO_17.joints()) {
      points.add(Keypoint.of(j, j.isLeft() ? 100 : j.isRight() ? 200 : 150, j.ordinal(), 0.5));
    }
    return new Pose(5, 640, 480, KeypointLayout.COCO_17, points, 0.9);
  }

  @Test
  void swappingSidesRenamesWithoutMoving() {
    Pose swapped = pose().withSidesSwapped();
    // What was called the right shoulder (x=200) is now called the left one.
    assertEquals(200, swapped.get(Joint.LEFT_SHOULDER).x(), 1e-9);
    assertEquals(Joint.RIGHT_SHOULDER.ordinal(), swapped.get(Joint.LEFT_SHOULDER).y(), 1e-9);
    assertEquals(150, swapped.get(Joint.NOSE).x(), 1e-9);
    assertEquals(pose(), swapped.withSidesSwapped());
  }

  @Test
  void keypointsMustFollowTheLayout() {
    List<Keypoint> wrong = new ArrayList<>(pose().keypoints());
    wrong.set(0, Keypoint.of(Joint.LEFT_HEEL, 0, 0, 1));
    assertThrows(
        IllegalArgumentException.class, () -> new Pose(0, 1, 1, KeypointLayout.COCO_17, wrong, 1));
  }

  @Test
  void jointNamesAreSnakeCase() {
    assertEquals("left_shoulder", Joint.LEFT_SHOULDER.snakeName());
    assertEquals("right_foot_index", Joint.RIGHT_FOOT_INDEX.snakeName());
    assertEquals(Joint.MOUTH_RIGHT, Joint.MOUTH_LEFT.opposite());
  }
}
