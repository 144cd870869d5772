package org.posecoach.motion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.posecoach.motion.MotionEvent.FormEvent;
import org.posecoach.motion.MotionEvent.RepCounted;
import org.posecoach.pose.PoseEstimator;

/**
 * Issue item 7: the rendered clips, end to end through the pose model and the analyzer: exact
 * counts (per side for lumbar rotations), nothing on the idle clip, and "too fast" on the fast clip
 * only. The analyzer is the one the app uses, with the routine's default settings.
 */
class RenderedClipsTest {

  /** One clip of MANIFEST.json. */
  record Clip(String file, String exercise, int reps, int left, int right, boolean fast) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Clip> clips() throws IOException {
    Path manifest = RealPoseEstimators.DATA.resolve(Path.of("rendered", "MANIFEST.json"));
    if (!manifest.toFile().exists()) {
      return Stream.of(new Clip("(rendered clips not found)", "idle", 0, 0, 0, false));
    }
    JsonNode root = new ObjectMapper().readTree(manifest.toFile());
    List<Clip> out = new ArrayList<>();
    for (JsonNode f : root.get("files")) {
      JsonNode sides = f.get("reps_per_side");
      out.add(
          new Clip(
              f.get("file").asText(),
              f.get("exercise").asText(),
              f.get("reps").asInt(),
              sides == null ? 0 : sides.get("left").asInt(),
              sides == null ? 0 : sides.get("right").asInt(),
              "fast".equals(f.path("variant").asText())));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}: exact counts, too fast only when fast")
  @MethodSource("clips")
  void countsExactlyAndSaysTooFastOnlyOnTheFastClip(Clip clip) throws Exception {
    Path video = RealPoseEstimators.DATA.resolve(Path.of("rendered", clip.file()));
    assumeTrue(video.toFile().exists(), "rendered clip not found: " + video);
    Optional<PoseEstimator> estimator = RealPoseEstimators.open();
    assumeTrue(estimator.isPresent(), RealPoseEstimators.skipMessage());
    // The idle clip is hands and knees: read it as a cat-camel set, in which nothing may count.
    ExerciseId id =
        "idle".equals(clip.exercise()) ? ExerciseId.CAT_CAMEL : ExerciseId.fromId(clip.exercise());
    ExerciseAnalyzer analyzer = ExerciseAnalyzer.forExercise(id);
    List<RepCounted> reps = new ArrayList<>();
    List<FormEvent> events = new ArrayList<>();
    analyzer.addListener(
        e -> {
          if (e instanceof RepCounted r) {
            reps.add(r);
          } else if (e instanceof FormEvent f) {
            events.add(f);
          }
        });
    try (PoseEstimator e = estimator.get();
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toString());
        OpenCVFrameConverter.ToMat converter = new OpenCVFrameConverter.ToMat()) {
      grabber.start();
      double fps = grabber.getFrameRate();
      long index = 0;
      Frame frame;
      while ((frame = grabber.grabImage()) != null) {
        long nanos = Math.round(index++ * 1e9 / fps);
        Mat bgr = converter.convert(frame);
        analyzer.accept(e.estimate(bgr, nanos), nanos);
      }
      grabber.stop();
    }
    assertEquals(clip.reps(), reps.size(), "repetitions in " + clip.file());
    if (id.isSupine() && clip.left() + clip.right() > 0) {
      assertEquals(
          clip.left(), reps.stream().filter(r -> r.side().orElseThrow() == Side.LEFT).count());
      assertEquals(
          clip.right(), reps.stream().filter(r -> r.side().orElseThrow() == Side.RIGHT).count());
    }
    assertEquals(clip.fast(), events.stream().anyMatch(f -> f.issue() == FormIssue.TOO_FAST));
  }
}
