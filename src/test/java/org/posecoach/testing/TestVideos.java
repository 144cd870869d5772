package org.posecoach.testing;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgproc.FILLED;
import static org.bytedeco.opencv.global.opencv_imgproc.rectangle;

import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Scalar;

/** Writes small synthetic videos (a square sliding across a grey field) for source tests. */
public final class TestVideos {
  private TestVideos() {}

  /**
   * {@code frames} frames of {@code width × height} at {@code fps}; the extension picks the format.
   */
  public static Path write(Path file, int frames, int width, int height, double fps)
      throws Exception {
    String name = file.getFileName().toString();
    try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), width, height, 0);
        OpenCVFrameConverter.ToMat converter = new OpenCVFrameConverter.ToMat();
        Mat canvas = new Mat(height, width, CV_8UC3);
        Scalar grey = new Scalar(120, 120, 120, 0);
        Scalar white = new Scalar(255, 255, 255, 0)) {
      recorder.setFormat(
          name.endsWith(".mkv") ? "matroska" : name.endsWith(".avi") ? "avi" : "mp4");
      recorder.setVideoCodec(avcodec.AV_CODEC_ID_MPEG4);
      recorder.setFrameRate(fps);
      recorder.setVideoQuality(5);
      recorder.start();
      for (int i = 0; i < frames; i++) {
        canvas.put(grey);
        int x = (i * 7) % Math.max(1, width - 20);
        try (Point a = new Point(x, height / 2 - 10);
            Point b = new Point(x + 20, height / 2 + 10)) {
          rectangle(canvas, a, b, white, FILLED, 8, 0);
        }
        recorder.record(converter.convert(canvas));
      }
      recorder.stop();
    }
    return file;
  }
}
