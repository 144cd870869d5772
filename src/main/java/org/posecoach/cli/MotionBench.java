package org.posecoach.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.posecoach.motion.ExerciseAnalyzer;
import org.posecoach.motion.signal.ExerciseSignals;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.pipeline.LatencyStats;
import org.posecoach.pipeline.PipelineListener;
import org.posecoach.pipeline.PosePipeline;
import org.posecoach.pose.Pose;
import org.posecoach.pose.PoseEstimator;
import org.posecoach.pose.smoothing.OneEuroKeypointFilter;
import org.posecoach.source.FrameSource;
import org.posecoach.source.SourceOptions;
import org.posecoach.source.Sources;
import picocli.CommandLine;

/**
 * {@code bench --motion VIDEO --exercise ID}: the motion stage alone. The video's poses are found
 * once (as {@code analyze} finds them, masks included where the exercise reads the back), then a
 * fresh {@link ExerciseAnalyzer} is timed over them, pass after pass: the median and 90th
 * percentile of one frame's {@code accept}, and the whole set's review.
 */
record MotionBench(
    CommandLine.Model.CommandSpec spec,
    String model,
    String input,
    ExerciseId exercise,
    boolean json) {
  /** Passes timed after the warm-up ones: enough for stable medians on a 10-30 s clip. */
  private static final int PASSES = 20;

  private static final int WARMUP_PASSES = 5;

  private record Timed(long nanos, Optional<Pose> pose) {}

  int run() throws Exception {
    var err = spec.commandLine().getErr();
    List<Timed> frames = poses(err);
    List<Long> perFrame = new ArrayList<>();
    List<Long> reviews = new ArrayList<>();
    int reps = 0;
    for (int pass = 0; pass < WARMUP_PASSES + PASSES; pass++) {
      ExerciseAnalyzer analyzer = ExerciseAnalyzer.forExercise(exercise);
      for (Timed f : frames) {
        long start = System.nanoTime();
        analyzer.accept(f.pose(), f.nanos());
        long spent = System.nanoTime() - start;
        if (pass >= WARMUP_PASSES) {
          perFrame.add(spent);
        }
      }
      long start = System.nanoTime();
      reps = analyzer.review().reps();
      if (pass >= WARMUP_PASSES) {
        reviews.add(System.nanoTime() - start);
      }
    }
    // The same nearest-rank percentiles as the other benches: accept in µs, review in ms.
    LatencyStats accept = LatencyStats.of(scaled(perFrame, 1e3), perFrame.size());
    double p50 = accept.p50();
    double p90 = accept.p90();
    double review = LatencyStats.of(scaled(reviews, 1e6), reviews.size()).p50();
    if (json) {
      ObjectNode r = PoseJson.MAPPER.createObjectNode();
      r.put("video", input);
      r.put("exercise", exercise.id());
      r.put("frames", frames.size());
      r.put("accept_us_p50", p50);
      r.put("accept_us_p90", p90);
      r.put("review_ms_p50", review);
      r.put("reps", reps);
      spec.commandLine().getOut().println(PoseJson.MAPPER.writeValueAsString(r));
    } else {
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "%s as %s: %d frames, %d counted; accept median %.1f µs, p90 %.1f µs per frame;"
                  + " review %.2f ms (%d passes)%n",
              input,
              exercise.id(),
              frames.size(),
              reps,
              p50,
              p90,
              review,
              PASSES);
    }
    return 0;
  }

  /** The video's poses, found once as {@code analyze} finds them. */
  private List<Timed> poses(java.io.PrintWriter err) throws Exception {
    List<Timed> frames = new ArrayList<>();
    PipelineListener keep =
        (frame, result) -> frames.add(new Timed(result.timestampNanos(), result.pose()));
    try (FrameSource source = Sources.open(input, SourceOptions.DEFAULT);
        PoseEstimator estimator = ModelOption.openEstimator(model, err)) {
      estimator.wantMasks(ExerciseSignals.needsMask(exercise));
      try (PosePipeline pipeline =
          new PosePipeline(
              source,
              estimator,
              new OneEuroKeypointFilter(OneEuroKeypointFilter.Settings.COACHING),
              List.of(keep))) {
        pipeline.start();
        pipeline.awaitEnd();
      }
    }
    return frames;
  }

  /** Nanoseconds divided into the unit that {@code nanosPerUnit} names. */
  private static double[] scaled(List<Long> nanos, double nanosPerUnit) {
    return nanos.stream().mapToDouble(n -> n / nanosPerUnit).toArray();
  }
}
