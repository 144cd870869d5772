package org.posecoach.pose.image;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.types.DataType;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.junit.jupiter.api.Test;

class TensorInputTest {
  @Test
  void fillsRgbInTheModelsRangeStraightIntoTheEngineBuffer() {
    // A BGR frame of one colour: B=10, G=20, R=250.
    try (Mat bgr = new Mat(100, 200, CV_8UC3, new Scalar(10, 20, 250, 0));
        TensorInput input = new TensorInput(8, DataType.FLOAT32, 1 / 127.5, -1)) {
      FloatBuffer before = (FloatBuffer) input.data();
      input.fill(bgr, new Roi(100, 50, 40, 40, 0.3));
      FloatBuffer data = (FloatBuffer) input.data();
      assertEquals(8 * 8 * 3, data.remaining());
      // Inside the frame: RGB order, scaled to [-1, 1].
      int centre = (4 * 8 + 4) * 3;
      assertEquals(250 / 127.5 - 1, data.get(centre), 1e-5);
      assertEquals(20 / 127.5 - 1, data.get(centre + 1), 1e-5);
      assertEquals(10 / 127.5 - 1, data.get(centre + 2), 1e-5);
      // The same memory is refilled every frame, no new buffer.
      assertEquals(before.get(centre), data.get(centre), 0);
    }
  }

  @Test
  void outsideTheFrameIsBlack() {
    try (Mat bgr = new Mat(10, 10, CV_8UC3, new Scalar(200, 200, 200, 0));
        TensorInput input = new TensorInput(4, DataType.INT32, 1, 0)) {
      input.fill(bgr, new Roi(100, 100, 10, 10, 0)); // far outside the 10×10 frame
      IntBuffer data = (IntBuffer) input.data();
      for (int i = 0; i < data.remaining(); i++) {
        assertEquals(0, data.get(i));
      }
    }
  }
}
