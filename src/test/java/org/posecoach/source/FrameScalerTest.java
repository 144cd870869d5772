package org.posecoach.source;

import static org.bytedeco.opencv.global.opencv_core.absdiff;
import static org.bytedeco.opencv.global.opencv_core.mean;
import static org.bytedeco.opencv.global.opencv_core.norm;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.posecoach.testing.TestVideos;

/** The decode path of {@link VideoFileSource}: YUV straight to the models' size, in FFmpeg. */
class FrameScalerTest {
  @TempDir Path dir;

  @Test
  void aCameraSizedFrameIsDecodedAtTheModelsSizeWithoutItsPicture() throws Exception {
    Path video = TestVideos.write(dir.resolve("hd.mp4"), 10, 1920, 1080, 30);
    try (FramePool pool = new FramePool()) {
      try (VideoFileSource source = new VideoFileSource(video, false)) {
        int n = 0;
        for (CapturedFrame next; (next = source.next(pool)) != null; n++) {
          try (CapturedFrame f = next) {
            assertEquals(1920, f.width(), "the frame keeps its own size");
            assertEquals(1080, f.height());
            assertEquals(960, f.modelImage().cols());
            assertEquals(540, f.modelImage().rows());
            assertTrue(f.scaledForModels());
            assertFalse(f.hasPicture());
            IllegalStateException e = assertThrows(IllegalStateException.class, f::bgr);
            assertTrue(e.getMessage().contains("fullPicture"), e.getMessage());
          }
        }
        assertEquals(10, n);
        assertTrue(pool.allocated() <= 2, "one buffer per frame, recycled: " + pool.allocated());
      }
    }
  }

  @Test
  void theFullPictureWhenAskedForAgreesWithTheModelsImage() throws Exception {
    Path video = TestVideos.write(dir.resolve("hd.mp4"), 6, 1920, 1080, 30);
    FramePool pool = new FramePool();
    try (pool;
        VideoFileSource source = new VideoFileSource(video, true);
        Mat shrunk = new Mat();
        Mat diff = new Mat();
        Size half = new Size(960, 540)) {
      for (CapturedFrame next; (next = source.next(pool)) != null; ) {
        try (CapturedFrame f = next) {
          assertEquals(1920, f.bgr().cols());
          assertEquals(1080, f.bgr().rows());
          resize(f.bgr(), shrunk, half, 0, 0, INTER_AREA);
          absdiff(shrunk, f.modelImage(), diff);
          try (Scalar m = mean(diff)) {
            assertTrue(m.get(0) < 2 && m.get(1) < 2 && m.get(2) < 2, "mean difference " + m);
          }
        }
      }
      assertTrue(pool.allocated() <= 4, "two images per frame, recycled: " + pool.allocated());
    }
    assertEquals(0, pool.allocated(), "every buffer returned to the pool and freed");
  }

  @ParameterizedTest(name = "{0}×{1}")
  @CsvSource({"320, 240", "1280, 720"})
  void aFrameReadWholeIsOneImageBitIdenticalToJavaCvsOwnConversion(int width, int height)
      throws Exception {
    // Poses (and so counts) on clips the models read whole must not change with this decode path.
    Path video = TestVideos.write(dir.resolve("whole.mp4"), 8, width, height, 25);
    try (FramePool pool = new FramePool();
        VideoFileSource source = new VideoFileSource(video, false);
        FFmpegFrameGrabber reference = new FFmpegFrameGrabber(video.toFile());
        OpenCVFrameConverter.ToMat converter = new OpenCVFrameConverter.ToMat()) {
      reference.start();
      int n = 0;
      for (CapturedFrame next; (next = source.next(pool)) != null; n++) {
        try (CapturedFrame f = next) {
          assertFalse(f.scaledForModels());
          assertSame(f.modelImage(), f.bgr(), "one image serves both");
          Frame expected = reference.grabImage();
          assertNotNull(expected);
          assertEquals(0.0, norm(f.bgr(), converter.convert(expected)), "frame " + n);
        }
      }
      assertEquals(8, n);
    }
  }
}
