package org.posecoach.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.pipeline.PipelineListener;
import org.posecoach.pipeline.PipelineSummary;
import org.posecoach.pipeline.PosePipeline;
import org.posecoach.pose.PoseEstimator;
import org.posecoach.pose.smoothing.OneEuroKeypointFilter;
import org.posecoach.report.Rounding;
import org.posecoach.routine.RoutineLoader;
import org.posecoach.session.SessionEngine;
import org.posecoach.session.SessionFeeder;
import org.posecoach.source.FrameSource;
import org.posecoach.source.SourceOptions;
import org.posecoach.source.Sources;
import org.posecoach.speech.AudioSink;
import org.posecoach.speech.LiveVoice;
import picocli.CommandLine;

/**
 * {@code bench --pipeline VIDEO}: the whole pipeline as {@code analyze} runs it (decode, pose,
 * smoothing; no drawing, no writing), per pass: processing rate, rate over real time, capture →
 * pose latency percentiles, dropped frames, the frame buffers the run's pool held at the end (a
 * handful, however long the video) and the process's resident memory afterwards — the same file run
 * again in one JVM must not grow it. With an exercise the session counts as it goes; with the voice
 * it also speaks (to no device, at the pace of playing), so the two can be compared.
 */
record PipelineBench(
    CommandLine.Model.CommandSpec spec,
    String model,
    String input,
    boolean live,
    int passes,
    boolean json,
    Optional<ExerciseId> exercise,
    boolean voice) {
  int run() throws Exception {
    if (passes < 1) {
      throw new IllegalArgumentException("--passes must be at least 1");
    }
    if (voice && exercise.isEmpty()) {
      throw new IllegalArgumentException(
          "--voice speaks a session's counts: add --exercise ID (e.g. --exercise cat_camel)");
    }
    var err = spec.commandLine().getErr();
    var out = spec.commandLine().getOut();
    ArrayNode results = PoseJson.MAPPER.createArrayNode();
    long firstRss = -1;
    try (PoseEstimator estimator = ModelOption.openEstimator(model, err)) {
      for (int pass = 1; pass <= passes; pass++) {
        PipelineSummary s;
        Optional<LiveVoice> speech = Optional.empty();
        try (FrameSource source = Sources.open(input, SourceOptions.DEFAULT.withPaced(live))) {
          List<PipelineListener> listeners = new ArrayList<>();
          if (exercise.isPresent()) {
            SessionEngine engine =
                new SessionEngine(
                    RoutineLoader.load(
                        AnalyzeCommand.singleExerciseRoutine(exercise.get()),
                        "--exercise " + exercise.get().id()),
                    SessionEngine.Options.COUNT_UNTIL_END);
            listeners.add(new SessionFeeder(engine, estimator));
            if (voice) {
              // Everything but the sound card (rendering, scheduling, the player thread), at the
              // pace of playing: the same cost on a machine with or without one.
              speech = LiveVoice.start(engine.routine(), AudioSink.discard(), err::println);
              speech.ifPresent(v -> listeners.add(v.feeder(engine)));
            }
          }
          try (PosePipeline pipeline =
              new PosePipeline(
                  source,
                  estimator,
                  new OneEuroKeypointFilter(OneEuroKeypointFilter.Settings.COACHING),
                  listeners)) {
            estimator.reset();
            pipeline.start();
            s = pipeline.awaitEnd();
          }
        } finally {
          speech.ifPresent(LiveVoice::close);
        }
        System.gc();
        long rss = residentBytes();
        if (firstRss < 0) {
          firstRss = rss;
        }
        ObjectNode r = results.addObject();
        r.put("pass", pass);
        r.put("model", model);
        r.put("live", live);
        exercise.ifPresent(e -> r.put("exercise", e.id()));
        r.put("voice", voice);
        r.put("frames", s.framesProcessed());
        r.put("dropped", s.framesDropped());
        r.put("width", s.source().width());
        r.put("height", s.source().height());
        r.put("video_fps", round(s.source().fps()));
        r.put("processing_fps", round(s.processingFps()));
        r.put("x_real_time", round(s.processingFps() / s.source().fps()));
        r.put("latency_ms_p50", round(s.captureToPose().p50()));
        r.put("latency_ms_p95", round(s.captureToPose().p95()));
        r.put("latency_ms_p99", round(s.captureToPose().p99()));
        r.put("frame_buffers", s.frameBuffers());
        r.put("rss_mb", round(rss / 1e6));
        r.put("rss_vs_first_pass_percent", round(100.0 * (rss - firstRss) / firstRss));
        s.error().ifPresent(e -> r.put("error", e));
        if (!json) {
          out.printf(
              Locale.ROOT,
              "pass %d%s: %d frames %dx%d, %.1f fps (%.2f× real time), dropped %d, capture→pose p50 %.1f ms"
                  + " p95 %.1f ms p99 %.1f ms, %d frame buffers, RSS %.1f MB (%+.2f%% vs pass 1)%n",
              pass,
              exercise.map(e -> " (" + e.id() + (voice ? ", voice" : "") + ")").orElse(""),
              s.framesProcessed(),
              s.source().width(),
              s.source().height(),
              s.processingFps(),
              s.processingFps() / s.source().fps(),
              s.framesDropped(),
              s.captureToPose().p50(),
              s.captureToPose().p95(),
              s.captureToPose().p99(),
              s.frameBuffers(),
              rss / 1e6,
              100.0 * (rss - firstRss) / firstRss);
          out.flush();
        }
      }
    }
    if (json) {
      out.println(PoseJson.MAPPER.writeValueAsString(results));
    }
    return 0;
  }

  /** VmRSS from /proc (Linux); -1 where there is none. */
  static long residentBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  /** Bench figures to two decimals. */
  private static double round(double v) {
    return Rounding.round(v, 2);
  }
}
