package org.posecoach.pose.movenet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.posecoach.pose.Joint;
import org.posecoach.pose.Keypoint;
import org.posecoach.pose.KeypointLayout;
import org.posecoach.pose.image.Roi;

class CropRegionTest {
  private static List<Keypoint> pose(double dx, double dy, double score) {
    // An upright stick figure around (300, 200): shoulders 40 px above the hips, knees below.
    List<Keypoint> out = new ArrayList<>();
    for (Joint j : KeypointLayout.COCO_17.joints()) {
      double x = 300 + (j.isLeft() ? 10 : j.isRight() ? -10 : 0) + dx;
      double y =
          switch (j) {
            case LEFT_SHOULDER, RIGHT_SHOULDER -> 160;
            case LEFT_HIP, RIGHT_HIP -> 200;
            case LEFT_KNEE, RIGHT_KNEE -> 240;
            case LEFT_ANKLE, RIGHT_ANKLE -> 280;
            default -> 140;
          };
      out.add(Keypoint.of(j, x, y + dy, score));
    }
    return out;
  }

  @Test
  void firstFrameLetterboxesTheWholeImage() {
    Roi roi = CropRegion.initial(640, 480, 0);
    assertEquals(320, roi.centerX(), 1e-9);
    assertEquals(240, roi.centerY(), 1e-9);
    assertEquals(640, roi.width(), 1e-9);
  }

  @Test
  void nextCropCentresOnTheHipsAndCoversTheBody() {
    Roi roi = CropRegion.next(pose(0, 0, 0.9), 640, 480, 0);
    assertEquals(300, roi.centerX(), 1e-9);
    assertEquals(200, roi.centerY(), 1e-9);
    // Body reaches 80 px from the hips (ankles, nose 60): 1.2 × 80 = 96 > torso 1.9 × 40 = 76.
    assertEquals(2 * 96, roi.width(), 1e-9);
  }

  @Test
  void withoutAVisibleTorsoTheWholeImageIsSearchedAgain() {
    Roi roi = CropRegion.next(pose(0, 0, 0.1), 640, 480, 0);
    assertEquals(640, roi.width(), 1e-9);
  }

  @Test
  void aTurnedCropMeasuresTheBodyInItsOwnFrame() {
    // The same figure seen by a crop turned a quarter: the square must still be 192 px.
    Roi roi = CropRegion.next(pose(0, 0, 0.9), 640, 480, Math.PI / 2);
    assertEquals(300, roi.centerX(), 1e-9);
    assertEquals(200, roi.centerY(), 1e-9);
    assertEquals(192, roi.width(), 1e-9);
    assertEquals(Math.PI / 2, roi.rotation(), 1e-12);
  }
}
