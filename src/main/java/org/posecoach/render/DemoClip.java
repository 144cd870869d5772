package org.posecoach.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameRecorder;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.bytedeco.opencv.opencv_core.Mat;
import org.posecoach.io.AtomicFiles;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.pose.KeypointLayout;
import org.posecoach.pose.Pose;
import org.posecoach.source.SourceException;
import org.posecoach.synthetic.CameraSetup;
import org.posecoach.synthetic.NoiseSettings;
import org.posecoach.synthetic.Performer;
import org.posecoach.synthetic.SyntheticFrame;

/**
 * The sample clip the app plays when there is no camera: the synthetic performer doing slow
 * cat-camels, seen from the side, painted by {@link FigureRenderer} and encoded once into the
 * cache. Made by the project itself, so it needs no downloaded footage.
 */
public final class DemoClip {
  /** Enough reps to see counting and a tempo cue, short enough to render in seconds. */
  public static final int REPS = 6;

  private static final long SEED = 20261124;
  private static final double FPS = 30;

  private DemoClip() {}

  /** The clip at {@code dir/cat-camel-demo.mp4}, rendered first if it is not there. */
  public static Path ensure(Path dir) {
    Path clip = dir.resolve("cat-camel-demo.mp4");
    if (Files.isRegularFile(clip)) {
      return clip;
    }
    try {
      Files.createDirectories(dir);
      AtomicFiles.write(clip, temp -> render(frames(), temp));
    } catch (IOException e) {
      throw new SourceException(
          "Cannot write the sample clip in " + dir + ": " + e.getMessage(), e);
    }
    return clip;
  }

  static List<SyntheticFrame> frames() {
    return frames(false); // painted, then read by the real model: its own masks are not needed
  }

  /**
   * The demo's performance, frame by frame, with its true poses (and, with {@code masks}, the
   * person's outline): what a stand-in model plays back in tests.
   */
  public static List<SyntheticFrame> frames(boolean masks) {
    return Performer.builder(ExerciseId.CAT_CAMEL, SEED)
        .layout(KeypointLayout.BLAZEPOSE_33)
        .camera(CameraSetup.side(false))
        .fps(FPS)
        .noise(NoiseSettings.NONE)
        .reps(REPS)
        .getIn(true)
        .masks(masks)
        .build()
        .generate();
  }

  /** Paints and encodes a performer's {@code frames} into {@code out} (mp4, H.264 or MPEG-4). */
  public static void render(List<SyntheticFrame> frames, Path out) {
    Pose first =
        frames.stream()
            .map(SyntheticFrame::pose)
            .flatMap(Optional::stream)
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("the performance has no pose"));
    double floorY = FigureRenderer.floorLine(first);
    try (FFmpegFrameRecorder recorder =
            new FFmpegFrameRecorder(out.toFile(), first.imageWidth(), first.imageHeight(), 0);
        OpenCVFrameConverter.ToMat converter = new OpenCVFrameConverter.ToMat()) {
      recorder.setFormat("mp4");
      recorder.setFrameRate(FPS);
      recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
      recorder.setVideoQuality(23);
      VideoEncoders.start(recorder);
      Pose last = first;
      for (SyntheticFrame f : frames) {
        last = f.pose().orElse(last);
        try (Mat image = FigureRenderer.paint(last, floorY, f.spineMiddle())) {
          recorder.record(converter.convert(image));
        }
      }
      recorder.stop();
    } catch (FrameRecorder.Exception e) {
      throw new SourceException("Cannot encode the sample clip: " + e.getMessage(), e);
    }
  }
}
