package org.posecoach.source;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * A video file decoded with FFmpeg (mp4, webm, avi, mov, mkv…). Timestamps are the container's
 * presentation times, made strictly increasing where a file repeats or omits them.
 *
 * <p>The decoder hands over its YUV picture untouched ({@link FrameGrabber.ImageMode#RAW}) and
 * {@link FrameScaler} converts it to BGR at the models' size (shrunk first beyond 720p) straight
 * into a pool buffer, rather than JavaCV converting the full frame for the pool to copy.
 */
public final class VideoFileSource implements FrameSource {
  /**
   * A file whose stream ends before this share of the frames its header announces was cut off.
   * Headers estimate the count from duration × rate, so a few frames of slack are normal.
   */
  private static final double TRUNCATED_FRACTION = 0.9;

  private final Path path;
  private final FFmpegFrameGrabber grabber;
  private final FrameScaler scaler;
  private final SourceInfo info;
  private final long framePeriodNanos;
  private long sequence;
  private long lastTimestamp = Long.MIN_VALUE;

  /**
   * Opens {@code path}; a missing, unreadable or non-video file is a {@link SourceException}.
   *
   * @param fullPicture keep each frame's full-resolution picture ({@link CapturedFrame#bgr()})
   */
  public VideoFileSource(Path path, boolean fullPicture) {
    this.path = path;
    if (!Files.exists(path)) {
      throw new SourceException("Video '" + path + "' does not exist.");
    }
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      throw new SourceException("Video '" + path + "' is not a readable file.");
    }
    if (ImageFiles.EXTENSIONS.contains(extension(path))) {
      ImageFiles.checkSize(path); // a still image is decoded whole: refuse a huge one first
    }
    if (path.toFile().length() == 0) {
      throw notReadable(path, "it is empty: 0 bytes", null);
    }
    grabber = new FFmpegFrameGrabber(path.toFile());
    FfmpegLog.apply(); // after the grabber's class has loaded FFmpeg, which sets its own level
    grabber.setImageMode(FrameGrabber.ImageMode.RAW);
    try {
      grabber.start();
    } catch (FrameGrabber.Exception | RuntimeException e) {
      closeQuietly();
      throw notReadable(path, FfmpegErrors.plainWords(e.getMessage()), e);
    }
    if (grabber.getImageWidth() <= 0 || grabber.getImageHeight() <= 0) {
      closeQuietly();
      throw notReadable(path, "no picture could be decoded from it", null);
    }
    double fps =
        grabber.getFrameRate() > 0 && grabber.getFrameRate() < 1000 ? grabber.getFrameRate() : 30;
    framePeriodNanos = Math.round(1e9 / fps);
    int frames = grabber.getLengthInVideoFrames();
    info =
        new SourceInfo(
            path.getFileName().toString(),
            false,
            grabber.getImageWidth(),
            grabber.getImageHeight(),
            fps,
            0,
            0,
            0,
            frames > 0 ? frames : -1,
            false);
    scaler = new FrameScaler(fullPicture);
  }

  @Override
  public SourceInfo info() {
    return info;
  }

  @Override
  public CapturedFrame next(FramePool pool) {
    Frame frame;
    try {
      frame = grabber.grabImage();
    } catch (FrameGrabber.Exception | RuntimeException e) {
      throw new SourceException(
          "'"
              + path
              + "' is damaged after frame "
              + sequence
              + " ("
              + FfmpegErrors.plainWords(e.getMessage())
              + ")",
          e);
    }
    if (frame == null || !(frame.opaque instanceof AVFrame picture)) {
      if (info.frameCount() > 0 && sequence < TRUNCATED_FRACTION * info.frameCount()) {
        throw new SourceException(
            "'"
                + path
                + "' ends after "
                + sequence
                + " of its "
                + info.frameCount()
                + " frames: the file is truncated or damaged");
      }
      return null;
    }
    long captured = System.nanoTime();
    long timestamp = grabber.getTimestamp() * 1000; // microseconds → nanoseconds
    if (timestamp <= lastTimestamp) {
      timestamp = lastTimestamp + framePeriodNanos;
    }
    lastTimestamp = timestamp;
    return scaler.frameOf(picture, pool, sequence++, timestamp, captured);
  }

  @Override
  public void close() {
    closeQuietly();
    scaler.close();
  }

  private void closeQuietly() {
    try {
      grabber.close();
    } catch (FrameGrabber.Exception | RuntimeException e) {
      // Closing a broken file can fail again; nothing more to release.
    }
  }

  private static SourceException notReadable(Path path, String why, Throwable cause) {
    return new SourceException(
        "'"
            + path
            + "' is not a video or image this app can read ("
            + why
            + "); check the file, or convert it to .mp4 or .jpg",
        cause);
  }

  private static String extension(Path path) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
  }

  static String firstLine(String message) {
    if (message == null || message.isBlank()) {
      return "no details";
    }
    return message.lines().findFirst().orElse(message).strip();
  }
}
