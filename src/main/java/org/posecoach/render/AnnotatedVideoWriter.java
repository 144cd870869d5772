package org.posecoach.render;

import static org.bytedeco.opencv.global.opencv_imgproc.FONT_HERSHEY_SIMPLEX;
import static org.bytedeco.opencv.global.opencv_imgproc.LINE_AA;
import static org.bytedeco.opencv.global.opencv_imgproc.putText;

import java.nio.ShortBuffer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameRecorder;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.posecoach.pipeline.FrameResult;
import org.posecoach.pipeline.PipelineListener;
import org.posecoach.pipeline.PipelineSummary;
import org.posecoach.source.CapturedFrame;
import org.posecoach.source.SourceException;

/**
 * Records the frames with their skeleton and media time drawn on, as a video (H.264 when the FFmpeg
 * build has an encoder for it, else MPEG-4 Part 2). Draws on its own copy of each frame. With a
 * {@link SoundTrack} (the coach's voice) the file gets an AAC audio track too, written alongside
 * the frames: each frame brings the sound up to its end.
 */
public final class AnnotatedVideoWriter implements PipelineListener, AutoCloseable {
  /** Speech needs little: 64 kbit/s AAC keeps a voice clear. */
  private static final int AUDIO_BITRATE = 64_000;

  private final Path file;
  private final double fps;
  private final Optional<SoundTrack> sound;
  private long firstNanos = Long.MIN_VALUE;
  private final OpenCVFrameConverter.ToMat converter = new OpenCVFrameConverter.ToMat();
  private final Mat canvas = new Mat();
  private FFmpegFrameRecorder recorder;
  private int width;
  private int height;

  public AnnotatedVideoWriter(Path file, double fps) {
    this(file, fps, Optional.empty());
  }

  /**
   * @param sound the audio to record beside the frames, on their clock (0 s: the first frame)
   */
  public AnnotatedVideoWriter(Path file, double fps, Optional<SoundTrack> sound) {
    this.file = file;
    this.fps = fps > 0 ? fps : 30;
    this.sound = Objects.requireNonNull(sound, "sound");
  }

  @Override
  public void onFrame(CapturedFrame frame, FrameResult result) {
    if (recorder == null) {
      open(frame.width(), frame.height());
      firstNanos = result.timestampNanos();
    }
    frame.bgr().copyTo(canvas);
    if (frame.width() != width || frame.height() != height) {
      return; // a folder of mixed sizes: a video keeps its first size
    }
    result.pose().ifPresent(p -> SkeletonPainter.draw(canvas, p));
    String label =
        String.format(Locale.ROOT, "%.2f s  #%d", result.timestampNanos() / 1e9, result.sequence());
    double scale = Math.max(0.5, height / 720.0);
    try (Point at = new Point(10, (int) (30 * scale));
        Scalar white = new Scalar(255, 255, 255, 0)) {
      putText(
          canvas,
          label,
          at,
          FONT_HERSHEY_SIMPLEX,
          scale,
          white,
          Math.max(1, (int) (2 * scale)),
          LINE_AA,
          false);
    }
    try {
      recorder.record(converter.convert(canvas));
      double frameEnd = (result.timestampNanos() - firstNanos) / 1e9 + 1 / fps;
      if (sound.isPresent()) {
        recordSound(sound.get().takeUntil(frameEnd));
      }
    } catch (FrameRecorder.Exception e) {
      throw new SourceException("Cannot write '" + file + "': " + e.getMessage(), e);
    }
  }

  private void recordSound(short[] samples) throws FrameRecorder.Exception {
    if (samples.length > 0) {
      recorder.recordSamples(sound.orElseThrow().sampleRateHz(), 1, ShortBuffer.wrap(samples));
    }
  }

  private void open(int w, int h) {
    width = w;
    height = h;
    recorder = new FFmpegFrameRecorder(file.toFile(), w, h, 0);
    recorder.setFrameRate(fps);
    recorder.setVideoQuality(23);
    recorder.setPixelFormat(org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P);
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    recorder.setFormat(name.endsWith(".avi") ? "avi" : name.endsWith(".mkv") ? "matroska" : "mp4");
    sound.ifPresent(
        s -> {
          recorder.setAudioChannels(1);
          recorder.setSampleRate(s.sampleRateHz());
          recorder.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
          recorder.setAudioBitrate(AUDIO_BITRATE);
        });
    try {
      VideoEncoders.start(recorder);
    } catch (FrameRecorder.Exception e) {
      throw new SourceException(
          "Cannot write video '" + file + "': " + e.getMessage() + " (is the folder writable?)", e);
    }
  }

  @Override
  public void onEnd(PipelineSummary summary) {
    close();
  }

  @Override
  public void close() {
    if (recorder != null) {
      try {
        if (sound.isPresent()) {
          recordSound(sound.get().takeRest());
        }
        recorder.close();
      } catch (FrameRecorder.Exception e) {
        throw new SourceException("Cannot finish '" + file + "': " + e.getMessage(), e);
      } finally {
        recorder = null;
      }
    }
    canvas.close();
    converter.close();
  }
}
