package org.posecoach.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.posecoach.models.ModelStore;
import org.posecoach.motion.vocabulary.MotionEvent;
import org.posecoach.pipeline.PipelineSummary;
import org.posecoach.pipeline.PosePipeline;
import org.posecoach.pose.PoseEstimator;
import org.posecoach.pose.PoseEstimators;
import org.posecoach.pose.smoothing.OneEuroKeypointFilter;
import org.posecoach.render.DemoClip;
import org.posecoach.routine.Routine;
import org.posecoach.routine.RoutineLibrary;
import org.posecoach.routine.RoutineLoader;
import org.posecoach.routine.RoutineStep;
import org.posecoach.routine.Seconds;
import org.posecoach.session.HistoryRecorder;
import org.posecoach.session.SessionEngine;
import org.posecoach.session.SessionEvent;
import org.posecoach.session.SessionFeeder;
import org.posecoach.source.CameraSource;
import org.posecoach.source.FrameSource;
import org.posecoach.source.SourceOptions;
import org.posecoach.source.Sources;
import org.posecoach.store.HistoryStore;
import org.posecoach.ui.AppConfig;
import org.posecoach.ui.AppServices;
import org.posecoach.ui.start.DemoRoutine;

/**
 * The coach without a window (a machine with no display): the same pipeline, session and history as
 * the app, with what the overlay would show written as lines — each step, each counted rep, each
 * cue — and a summary at the end.
 */
final class TerminalCoach {
  private final PrintWriter out;

  TerminalCoach(PrintWriter out) {
    this.out = out;
  }

  /**
   * Coaches {@code routine} on {@code sourceSpec} (a file is played at its own rate, as a camera
   * would deliver it) and records the session in the history.
   */
  int run(Routine routine, String sourceSpec, String model, boolean mirror) throws Exception {
    return run(routine, sourceSpec, model, mirror, HistoryStore::openDefault);
  }

  /** Like {@link #run(Routine, String, String, boolean)}, recording into {@code history}. */
  int run(
      Routine routine,
      String sourceSpec,
      String model,
      boolean mirror,
      java.util.function.Supplier<HistoryStore> history)
      throws Exception {
    SessionEngine engine = new SessionEngine(routine, SessionEngine.Options.COACHING);
    engine.addListener(this::print);
    SourceOptions options =
        SourceOptions.DEFAULT.withMirror(mirror).withPaced(!sourceSpec.startsWith("camera"));
    try (HistoryStore store = history.get();
        FrameSource source = Sources.open(sourceSpec, options);
        PoseEstimator estimator =
            PoseEstimators.open(
                model,
                ModelStore.openDefault(),
                PoseEstimators.Options.INTERACTIVE,
                out::println)) {
      engine.addListener(new HistoryRecorder(store, model, source.info().description()));
      out.printf(
          Locale.ROOT,
          "Coaching '%s' on %s (%dx%d, %.0f fps) with %s. Ctrl-C ends the session; every rep is saved as it is counted.%n",
          routine.name(),
          source.info().description(),
          source.info().width(),
          source.info().height(),
          source.info().fps(),
          model);
      out.flush();
      PipelineSummary summary;
      try (PosePipeline pipeline =
          new PosePipeline(
              source,
              estimator,
              new OneEuroKeypointFilter(OneEuroKeypointFilter.Settings.COACHING),
              List.of(new SessionFeeder(engine, estimator)))) {
        pipeline.start();
        // The clip may run on after the last step: stop as soon as the session is over.
        while ((summary = pipeline.awaitEnd(100, java.util.concurrent.TimeUnit.MILLISECONDS))
            == null) {
          if (engine.isDone()) {
            pipeline.stop();
          }
        }
      }
      out.printf(
          Locale.ROOT,
          "%d frames, %.1f fps, capture→pose p95 %.1f ms. History: %s%n",
          summary.framesProcessed(),
          summary.processingFps(),
          summary.captureToPose().p95(),
          store.path());
      summary
          .error()
          .ifPresent(
              e -> out.println("The input stopped: " + e + ". Everything up to it is saved."));
      out.flush();
      return summary.error().isPresent() ? AnalyzeCommand.EXIT_PARTIAL : 0;
    }
  }

  private void print(SessionEvent event) {
    if (event instanceof SessionEvent.StepStarted s) {
      RoutineStep step = s.step();
      out.printf(
          Locale.ROOT,
          "%n[%s] Step %d: %s — %s%n",
          time(s.timeSeconds()),
          s.index() + 1,
          step.title(),
          target(step));
      if (!step.instructions().isBlank()) {
        out.println("    " + step.instructions());
      }
    } else if (event instanceof SessionEvent.StepActive s) {
      out.printf(Locale.ROOT, "[%s] In position: counting.%n", time(s.timeSeconds()));
    } else if (event instanceof SessionEvent.Motion m) {
      describe(m.timeSeconds(), m.event()).ifPresent(out::println);
    } else if (event instanceof SessionEvent.StepEnded s) {
      out.printf(
          Locale.ROOT,
          "[%s]   %s: %s. %s%n",
          time(s.timeSeconds()),
          s.step().title(),
          s.status().word(),
          s.review().reason());
      s.review().check().ifPresent(c -> out.printf(Locale.ROOT, "          %s%n", c));
    } else if (event instanceof SessionEvent.RestStarted r) {
      out.printf(Locale.ROOT, "[%s] Rest %.0f s.%n", time(r.timeSeconds()), r.seconds());
    } else if (event instanceof SessionEvent.SessionEnded e) {
      out.printf(
          Locale.ROOT,
          "[%s] %s%n",
          time(e.timeSeconds()),
          e.completed() ? "Routine complete. Well done!" : "Session ended.");
    }
    out.flush();
  }

  private static Optional<String> describe(double t, MotionEvent event) {
    if (event instanceof MotionEvent.RepCounted r) {
      String side =
          r.side()
              .map(s -> " " + s.name().toLowerCase(Locale.ROOT) + " " + r.sideCount())
              .orElse("");
      return Optional.of(
          String.format(
              Locale.ROOT,
              "[%s]   rep %d%s (%.1f s)",
              time(t),
              r.count(),
              side,
              r.durationSeconds()));
    }
    if (event instanceof MotionEvent.HoldCompleted h) {
      return Optional.of(
          String.format(
              Locale.ROOT, "[%s]   hold %d done (%.1f s)", time(t), h.count(), h.heldSeconds()));
    }
    if (event instanceof MotionEvent.CueChanged c && c.cue().isPresent()) {
      return Optional.of(String.format(Locale.ROOT, "[%s]   » %s", time(t), c.cue().get().text()));
    }
    return Optional.empty();
  }

  private static String target(RoutineStep step) {
    String sides = step.sides().sideCount() == 2 ? " each side" : "";
    if (step.isTimedHold()) {
      return "hold " + Seconds.text(step.holdSeconds()) + sides;
    }
    return step.reps() + " reps" + sides;
  }

  private static String time(double seconds) {
    int s = (int) Math.max(0, seconds);
    return String.format(Locale.ROOT, "%2d:%02d", s / 60, s % 60);
  }

  /**
   * What the app would do with these choices, without a window: the camera when one is found (or
   * the source asked for), else the demo clip with its cat-camel routine.
   */
  int runDefault(AppConfig config) throws Exception {
    RoutineLibrary library = RoutineLibrary.scan(config.routinesFolder());
    Routine routine =
        config
            .routine()
            .map(
                r ->
                    library
                        .find(r)
                        .map(RoutineLibrary.Entry::routine)
                        .orElseGet(() -> RoutineLoader.load(Path.of(r))))
            .orElseGet(
                () ->
                    library.routines().stream()
                        .map(RoutineLibrary.Entry::routine)
                        .findFirst()
                        .orElseThrow(
                            () ->
                                new IllegalArgumentException(
                                    "no routine found in " + config.routinesFolder())));
    String source = config.source().orElse(CameraSource.available().isEmpty() ? "demo" : "camera");
    if (source.equals("demo")) {
      out.println(
          "No camera found: playing the demo clip (a painted figure doing slow cat-camels).");
      out.flush();
      Path clip = DemoClip.ensure(sampleFolder());
      // Demo sessions stay out of the user's own history, as in the app.
      Path demoHistory = sampleFolder().resolve(AppServices.DEMO_HISTORY_FILE);
      return run(
          DemoRoutine.from(routine),
          clip.toString(),
          config.model(),
          config.mirror(),
          () -> HistoryStore.open(demoHistory));
    }
    return run(routine, source, config.model(), config.mirror());
  }

  /** The demo clip's folder under the model cache. */
  static Path sampleFolder() {
    return ModelStore.defaultRoot().resolve("sample");
  }
}
