package org.posecoach.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PoseResizeTest {
  private static final double TOLERANCE = 1e-9;

  private static Pose poseIn(int width, int height, Optional<PersonMask> mask) {
    List<Keypoint> points = new ArrayList<>();
    List<Keypoint> world = new ArrayList<>();
    for (Joint j : KeypointLayout.BLAZEPOSE_33.joints()) {
      int i = points.size();
      points.add(new Keypoint(j, 10 + 7 * i, 20 + 5 * i, -3 + 0.5 * i, 0.9));
      world.add(new Keypoint(j, 0.01 * i, -0.02 * i, 0.03, 0.9));
    }
    return new Pose(42, width, height, KeypointLayout.BLAZEPOSE_33, points, world, 0.95, mask);
  }

  @Test
  void keypointsFoundInAHalfSizeCopyLandOnTheSamePlaceInTheFrame() {
    Pose small = poseIn(960, 540, Optional.empty());
    Pose full = small.resizedTo(1920, 1080);
    assertEquals(1920, full.imageWidth());
    assertEquals(1080, full.imageHeight());
    for (int i = 0; i < small.keypoints().size(); i++) {
      Keypoint s = small.keypoints().get(i);
      Keypoint f = full.keypoints().get(i);
      // Pixel i of the half-size copy covers pixels 2i and 2i+1: its centre is at 2i + ½.
      assertEquals(2 * s.x() + 0.5, f.x(), TOLERANCE);
      assertEquals(2 * s.y() + 0.5, f.y(), TOLERANCE);
      assertEquals(2 * s.z(), f.z(), TOLERANCE, "depth is in x's pixels");
      assertEquals(s.score(), f.score(), TOLERANCE);
      assertEquals(small.worldKeypoints().get(i), full.worldKeypoints().get(i), "metres stay");
    }
    assertEquals(small.timestampNanos(), full.timestampNanos());
    assertEquals(small.score(), full.score(), TOLERANCE);
  }

  @Test
  void theSameSizeIsTheSamePose() {
    Pose pose = poseIn(640, 480, Optional.empty());
    assertSame(pose, pose.resizedTo(640, 480));
  }

  @Test
  void theMaskReadsTheSameProbabilityAtTheMappedPixel() {
    float[] probabilities = new float[16 * 16];
    for (int i = 0; i < probabilities.length; i++) {
      probabilities[i] = (i % 17) / 16f;
    }
    // A turned, scaled grid over the small image.
    double[] imageToGrid = {0.05, 0.02, -3.0, -0.02, 0.05, -1.5};
    PersonMask mask = PersonMask.of(16, probabilities, imageToGrid);
    Pose small = poseIn(960, 540, Optional.of(mask));
    Pose full = small.resizedTo(1280, 720);
    PersonMask resized = full.mask().orElseThrow();
    double sx = 1280 / 960.0;
    double sy = 720 / 540.0;
    for (double x = 0; x < 960; x += 37.5) {
      for (double y = 0; y < 540; y += 29.25) {
        double fx = (x + 0.5) * sx - 0.5;
        double fy = (y + 0.5) * sy - 0.5;
        assertEquals(mask.probabilityAt(x, y), resized.probabilityAt(fx, fy), 1e-9);
      }
    }
    assertEquals(mask.pixelsPerCell() * sx, resized.pixelsPerCell(), 1e-9);
  }
}
