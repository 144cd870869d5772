package org.posecoach.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bytedeco.opencv.opencv_core.Mat;
import org.posecoach.models.ModelRole;
import org.posecoach.models.ModelStore;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.pipeline.LatencyStats;
import org.posecoach.pose.EstimateTimings;
import org.posecoach.pose.OnnxModels;
import org.posecoach.pose.PoseEstimator;
import org.posecoach.pose.PoseEstimators;
import org.posecoach.report.Rounding;
import org.posecoach.source.ImageFiles;
import org.posecoach.source.SourceException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: per model, the median and 90th percentile of the model's inference (DJL predict:
 * tensor in, ONNX Runtime, outputs copied out) and of a whole estimate (crop, inference, decoding)
 * on a still image, after a warm-up. On a still image BlazePose tracks, so its estimate is the
 * landmark model alone; its detector is timed separately by forcing it to run.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Time the pose models on this machine (median and p90, after warm-up).")
final class BenchCommand implements Callable<Integer> {
  private static final Path SHARED_SAMPLE = Path.of("..", "shared", "data", "goldens", "pose.jpg");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--model", paramLabel = "ID", description = "A model id, or 'all' (default).")
  String model = "all";

  @Option(
      names = "--frames",
      paramLabel = "N",
      description = "Timed calls per model (default ${DEFAULT-VALUE}).")
  int frames = 300;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      description = "Untimed calls first (default ${DEFAULT-VALUE}).")
  int warmup = 100;

  @Option(
      names = "--image",
      paramLabel = "FILE",
      description =
          "Image with one person (default: ../shared/data/goldens/pose.jpg when present).")
  Path image;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Option(
      names = "--segmentation",
      description =
          "BlazePose: run the whole graph, segmentation head included (MediaPipe's network as"
              + " published), instead of the variant without it that the app uses.")
  boolean segmentation;

  @Option(
      names = "--profile",
      paramLabel = "DIR",
      description = "Record ONNX Runtime profiles in DIR and print time per operator type.")
  Path profileDir;

  @Option(
      names = "--pipeline",
      paramLabel = "VIDEO",
      description =
          "Time the whole pipeline (decode, pose, smoothing; no drawing) on a video instead:"
              + " processing fps and capture→pose latency percentiles.")
  String pipelineInput;

  @Option(
      names = "--live",
      description = "With --pipeline: play the video at its own rate, as a camera.")
  boolean live;

  @Option(
      names = "--passes",
      paramLabel = "N",
      description =
          "With --pipeline: runs in one JVM; resident memory is reported after each (default ${DEFAULT-VALUE}).")
  int passes = 1;

  @Option(
      names = "--motion",
      paramLabel = "VIDEO",
      description =
          "Time the motion stage alone on a video's poses (found once): the analyzer's time per"
              + " frame and the set's review. Needs --exercise.")
  String motionInput;

  @Option(
      names = "--exercise",
      paramLabel = "ID",
      description =
          "With --motion: the exercise to count. With --pipeline: count it as the session would.")
  ExerciseId exercise;

  @Option(
      names = "--voice",
      description =
          "With --pipeline and --exercise: speak the session too (espeak-ng; the sound goes"
              + " nowhere, at the pace of playing), to compare its frame rate with the voice off.")
  boolean voice;

  @Override
  public Integer call() throws Exception {
    if (motionInput != null) {
      if (exercise == null) {
        throw new IllegalArgumentException(
            "--motion needs --exercise ID (e.g. --exercise cat_camel)");
      }
      return new MotionBench(
              spec,
              model.equals("all") ? PoseEstimators.DEFAULT_MODEL : model,
              motionInput,
              exercise,
              json)
          .run();
    }
    if (pipelineInput != null) {
      return new PipelineBench(
              spec,
              model.equals("all") ? PoseEstimators.DEFAULT_MODEL : model,
              pipelineInput,
              live,
              passes,
              json,
              Optional.ofNullable(exercise),
              voice)
          .run();
    }
    if (frames < 1 || warmup < 0) {
      throw new IllegalArgumentException("--frames must be at least 1 and --warmup at least 0");
    }
    Path sample = image != null ? image : SHARED_SAMPLE;
    if (image == null && !Files.isRegularFile(sample)) {
      throw new SourceException(
          "bench needs an image with one person: pass --image FILE ("
              + SHARED_SAMPLE
              + " is absent)");
    }
    ModelStore store = ModelStore.openDefault();
    List<String> ids = model.equals("all") ? store.catalog().estimatorIds() : List.of(model);
    if (profileDir != null) {
      new CommandFiles(spec.commandLine())
          .input("--image", sample)
          .output("--profile", profileDir)
          .requireDistinct();
      if (Files.exists(profileDir) && !Files.isDirectory(profileDir)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--profile " + profileDir + " is a file: name a folder for the profiles");
      }
      Files.createDirectories(profileDir);
      System.setProperty(OnnxModels.PROFILE_PROPERTY, profileDir.toString());
    }
    var err = spec.commandLine().getErr();
    ArrayNode results = PoseJson.MAPPER.createArrayNode();
    try (Mat bgr = ImageFiles.readBgr(sample)) {
      for (String id : ids) {
        results.add(benchOne(id, store, bgr, err));
      }
    }
    var out = spec.commandLine().getOut();
    if (profileDir != null) {
      System.clearProperty(OnnxModels.PROFILE_PROPERTY);
      for (var r : results) {
        String id = r.get("model").asText();
        boolean blazePose = store.catalog().model(id).role() == ModelRole.LANDMARKS;
        String file = blazePose && !segmentation ? id + ".no-segmentation.onnx" : id + ".onnx";
        Path profile = OrtProfile.newest(profileDir, file);
        err.println("ONNX Runtime time per operator, " + id + " (" + profile + "):");
        err.print(OrtProfile.table(OrtProfile.byOperator(profile), 12));
        err.flush();
      }
    }
    if (json) {
      out.println(PoseJson.MAPPER.writeValueAsString(results));
    } else {
      out.printf(
          "image %s (%s), %d frames after %d warm-up, %d ONNX Runtime threads%n",
          sample, dims(results), frames, warmup, OnnxModels.intraOpThreads());
      out.printf(
          "%-18s %12s %10s %15s %12s %14s%n",
          "model",
          "infer median",
          "infer p90",
          "estimate median",
          "estimate p90",
          "detector median");
      for (var r : results) {
        out.printf(
            Locale.ROOT,
            "%-18s %9.2f ms %7.2f ms %12.2f ms %9.2f ms %s%n",
            r.get("model").asText(),
            r.get("infer_ms_median").asDouble(),
            r.get("infer_ms_p90").asDouble(),
            r.get("estimate_ms_median").asDouble(),
            r.get("estimate_ms_p90").asDouble(),
            r.has("detector_ms_median")
                ? String.format(Locale.ROOT, "%11.2f ms", r.get("detector_ms_median").asDouble())
                : "          -");
      }
    }
    return 0;
  }

  private ObjectNode benchOne(String id, ModelStore store, Mat bgr, java.io.PrintWriter err) {
    try (PoseEstimator estimator =
        PoseEstimators.open(
            id,
            store,
            PoseEstimators.Options.DEFAULT.withSegmentation(segmentation),
            err::println)) {
      for (int i = 0; i < warmup; i++) {
        estimator.estimate(bgr, i);
      }
      double[] infer = new double[frames];
      double[] total = new double[frames];
      int found = 0;
      for (int i = 0; i < frames; i++) {
        found += estimator.estimate(bgr, i).isPresent() ? 1 : 0;
        EstimateTimings t = estimator.lastTimings();
        infer[i] = t.inferenceNanos() / 1e6;
        total[i] = t.totalNanos() / 1e6;
      }
      if (found == 0) {
        err.println(
            "warning: "
                + id
                + " found no person in the bench image; timings are not representative");
      }
      LatencyStats inferStats = LatencyStats.of(infer, infer.length);
      LatencyStats totalStats = LatencyStats.of(total, total.length);
      ObjectNode r = PoseJson.MAPPER.createObjectNode();
      r.put("model", id);
      r.put("infer_ms_median", round(inferStats.p50()));
      r.put("infer_ms_p90", round(inferStats.p90()));
      r.put("estimate_ms_median", round(totalStats.p50()));
      r.put("estimate_ms_p90", round(totalStats.p90()));
      if (store.catalog().model(id).role() == ModelRole.LANDMARKS) {
        double[] detector = new double[Math.max(1, frames / 2)];
        for (int i = 0; i < detector.length; i++) {
          estimator.reset(); // forget the track, so the detector must run
          estimator.estimate(bgr, i);
          detector[i] = estimator.lastTimings().detectorNanos() / 1e6;
        }
        LatencyStats detectorStats = LatencyStats.of(detector, detector.length);
        r.put("detector_ms_median", round(detectorStats.p50()));
        r.put("detector_ms_p90", round(detectorStats.p90()));
      }
      r.put("frames", frames);
      r.put("threads", OnnxModels.intraOpThreads());
      r.put("width", bgr.cols());
      r.put("height", bgr.rows());
      return r;
    }
  }

  private static String dims(ArrayNode results) {
    return results.isEmpty()
        ? "?"
        : results.get(0).get("width") + "x" + results.get(0).get("height");
  }

  /** Bench figures to two decimals. */
  private static double round(double v) {
    return Rounding.round(v, 2);
  }
}
