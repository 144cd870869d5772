package org.posecoach.testing;

import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.bytedeco.opencv.opencv_core.Mat;

/** Decodes every frame of a video file into BGR Mats, in order (test helper). */
public final class VideoFrames {
  /** Receives each frame; the Mat is valid only during the call. */
  public interface FrameConsumer {
    void accept(int index, Mat bgr) throws Exception;
  }

  private VideoFrames() {}

  /** Returns the number of frames decoded. */
  public static int forEach(Path video, FrameConsumer consumer) throws Exception {
    try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile());
        OpenCVFrameConverter.ToMat converter = new OpenCVFrameConverter.ToMat()) {
      grabber.start();
      int index = 0;
      for (Frame frame; (frame = grabber.grabImage()) != null; index++) {
        consumer.accept(index, converter.convert(frame));
      }
      grabber.stop();
      return index;
    }
  }
}
