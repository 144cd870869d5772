package org.posecoach.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.bytedeco.javacv.OpenCVFrameGrabber;

/**
 * A live camera: on Linux through FFmpeg's video4linux2 input (by index or device path), on macOS
 * and Windows through OpenCV's capture (AVFoundation, Media Foundation / DirectShow). The size and
 * rate asked for are requests; {@link #info()} reports what the camera actually delivers.
 * Timestamps are the monotonic clock at capture.
 *
 * <p>Through FFmpeg, a camera's frames are converted at the models' size (a 1080p one's shrunk) by
 * {@link FrameScaler} (as {@link VideoFileSource} does), the full picture only when {@link
 * SourceOptions#fullPicture()} asks for it; OpenCV's capture delivers BGR frames, copied whole.
 */
public final class CameraSource implements FrameSource {
  private final FrameGrabber grabber;
  private final OpenCVFrameConverter.ToMat converter = new OpenCVFrameConverter.ToMat();
  private final FrameScaler scaler;
  private final SourceInfo info;
  private long sequence;
  private volatile boolean closed;

  /**
   * @param device a camera index ({@code "0"}) or, on Linux, a device path ({@code /dev/video2})
   */
  public CameraSource(String device, SourceOptions options) {
    FfmpegLog.apply();
    boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    String description;
    if (linux) {
      Path path = device.startsWith("/") ? Path.of(device) : Path.of("/dev/video" + index(device));
      if (!Files.exists(path)) {
        throw new SourceException(
            "No camera at "
                + path
                + ". "
                + CameraDevices.describeFound()
                + " Connect a camera, or analyse a video file instead.");
      }
      FFmpegFrameGrabber ffmpeg = new FFmpegFrameGrabber(path.toString());
      ffmpeg.setFormat("video4linux2");
      ffmpeg.setImageMode(FrameGrabber.ImageMode.RAW); // the decoder's picture, for FrameScaler
      grabber = ffmpeg;
      description = "camera " + path;
    } else {
      grabber = new OpenCVFrameGrabber(index(device));
      description = "camera " + device;
    }
    if (options.width() > 0 && options.height() > 0) {
      grabber.setImageWidth(options.width());
      grabber.setImageHeight(options.height());
    }
    if (options.fps() > 0) {
      grabber.setFrameRate(options.fps());
    }
    try {
      grabber.start();
    } catch (FrameGrabber.Exception | RuntimeException e) {
      release();
      throw new SourceException(
          "Cannot open "
              + description
              + ": "
              + VideoFileSource.firstLine(e.getMessage())
              + ". Is it in use by another program, or does this user lack access to it?",
          e);
    }
    double fps = grabber.getFrameRate() > 0 ? grabber.getFrameRate() : options.fps();
    info =
        new SourceInfo(
            description,
            true,
            grabber.getImageWidth(),
            grabber.getImageHeight(),
            fps,
            options.width(),
            options.height(),
            options.fps(),
            -1,
            false);
    scaler = new FrameScaler(options.fullPicture());
  }

  private static int index(String device) {
    try {
      int i = Integer.parseInt(device.strip());
      if (i < 0) {
        throw new NumberFormatException();
      }
      return i;
    } catch (NumberFormatException e) {
      throw new SourceException(
          "Camera '"
              + device
              + "' is neither an index (0, 1, …) nor a device path. "
              + CameraDevices.describeFound());
    }
  }

  @Override
  public SourceInfo info() {
    return info;
  }

  @Override
  public CapturedFrame next(FramePool pool) {
    if (closed) {
      return null;
    }
    Frame frame;
    try {
      frame = grabber.grab();
    } catch (FrameGrabber.Exception | RuntimeException e) {
      if (closed) {
        return null;
      }
      throw new SourceException(
          stoppedDelivering() + ": " + VideoFileSource.firstLine(e.getMessage()), e);
    }
    if (frame == null || frame.image == null) {
      if (closed) {
        return null;
      }
      // A camera's stream has no end: no frame means the device went away.
      throw new SourceException(stoppedDelivering() + ".");
    }
    long now = System.nanoTime();
    if (frame.opaque instanceof AVFrame picture) {
      return scaler.frameOf(picture, pool, sequence++, now, now);
    }
    return pool.frameOf(converter.convert(frame), sequence++, now, now);
  }

  /** What the user reads when the camera goes away mid-stream, before the cause if one is known. */
  private String stoppedDelivering() {
    return info.description()
        + " stopped delivering frames after "
        + sequence
        + " frames (unplugged?)";
  }

  @Override
  public void close() {
    closed = true;
    release();
  }

  private void release() {
    try {
      grabber.close();
    } catch (FrameGrabber.Exception | RuntimeException e) {
      // Already gone (unplugged); nothing more to release.
    }
    converter.close();
    if (scaler != null) { // null when opening failed
      scaler.close();
    }
  }

  /** Camera devices this machine has, for messages and the start screen. */
  public static List<String> available() {
    return CameraDevices.found();
  }
}
