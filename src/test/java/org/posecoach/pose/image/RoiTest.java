package org.posecoach.pose.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoiTest {
  @ParameterizedTest(name = "rotation {0}°: tensor matrix inverts the ROI projection")
  @CsvSource({"0", "30", "90", "-90", "180", "-135"})
  void imageToTensorInvertsTheProjection(double degrees) {
    Roi roi = new Roi(320, 200, 150, 150, Math.toRadians(degrees));
    double[] m = roi.imageToTensor(256);
    for (double[] uv : new double[][] {{0, 0}, {1, 0}, {0.25, 0.75}, {0.5, 0.5}}) {
      double x = roi.imageX(uv[0], uv[1]);
      double y = roi.imageY(uv[0], uv[1]);
      assertEquals(uv[0] * 256, m[0] * x + m[1] * y + m[2], 1e-9);
      assertEquals(uv[1] * 256, m[3] * x + m[4] * y + m[5], 1e-9);
    }
  }

  @ParameterizedTest(name = "alignment points {0},{1} → {2},{3} give rotation {4}°")
  @CsvSource({
    "100, 100, 100, 50, 0", // body pointing up: upright
    "100, 100, 150, 100, 90", // pointing right: turned clockwise a quarter
    "100, 100, 50, 100, -90",
    "100, 100, 100, 150, 180"
  })
  void alignmentPointsGiveTheBodysRotation(double x0, double y0, double x1, double y1, double deg) {
    Roi roi = Roi.fromAlignmentPoints(x0, y0, x1, y1);
    assertEquals(
        Math.abs(deg) == 180 ? 180 : deg,
        Math.abs(deg) == 180
            ? Math.abs(Math.toDegrees(roi.rotation()))
            : Math.toDegrees(roi.rotation()),
        1e-9);
    assertEquals(100, roi.width(), 1e-9); // twice the 50 px distance
    // The scale point lands straight above the centre in the ROI: u = 0.5, v = 0.
    assertEquals(x1, roi.imageX(0.5, 0), 1e-9);
    assertEquals(y1, roi.imageY(0.5, 0), 1e-9);
  }
}
