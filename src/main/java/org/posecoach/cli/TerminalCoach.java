package org.posecoach.cli;

import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.posecoach.models.ModelStore;
import org.posecoach.motion.vocabulary.MotionEvent;
import org.posecoach.pipeline.PipelineListener;
import org.posecoach.pipeline.PipelineSummary;
import org.posecoach.pipeline.PosePipeline;
import org.posecoach.pose.PoseEstimator;
import org.posecoach.pose.PoseEstimators;
import org.posecoach.pose.smoothing.OneEuroKeypointFilter;
import org.posecoach.render.DemoClip;
import org.posecoach.routine.Routine;
import org.posecoach.routine.RoutineLibrary;
import org.posecoach.routine.RoutineStep;
import org.posecoach.routine.Seconds;
import org.posecoach.session.HistoryRecorder;
import org.posecoach.session.InterruptionNotice;
import org.posecoach.session.SessionEngine;
import org.posecoach.session.SessionEvent;
import org.posecoach.session.SessionFeeder;
import org.posecoach.session.SessionSnapshot;
import org.posecoach.session.SetUpGuidance;
import org.posecoach.source.CameraSource;
import org.posecoach.source.FrameSource;
import org.posecoach.source.SourceOptions;
import org.posecoach.source.Sources;
import org.posecoach.speech.AudioSink;
import org.posecoach.speech.LiveVoice;
import org.posecoach.store.HistoryStore;
import org.posecoach.store.StoreException;
import org.posecoach.ui.AppConfig;
import org.posecoach.ui.AppServices;
import org.posecoach.ui.live.PlaybackControls;
import org.posecoach.ui.start.DemoRoutine;

/**
 * The coach without a window (a machine with no display): the same pipeline, session and history as
 * the app, with what the overlay would show written as lines — each step, each counted rep, each
 * cue — and a summary at the end.
 */
final class TerminalCoach {
  private static final long POLL_MILLIS = 100;
  private static final double NANOS_PER_SECOND = 1e9;

  /** Long enough for the end summary to be said before the process exits. */
  private static final double LAST_WORDS_SECONDS = 15;

  private final PrintWriter out;
  private final Optional<Reader> keys;
  private final boolean voice;
  private final GuidanceLines guidance = new GuidanceLines();

  /**
   * @param keys what the user types (the terminal's input), read a line at a time for skip, pause,
   *     repeat and end; empty when there is no terminal, and the session runs from start to end
   * @param voice speak counts, holds and cues aloud (espeak-ng, the default sound output)
   */
  TerminalCoach(PrintWriter out, Optional<Reader> keys, boolean voice) {
    this.out = out;
    this.keys = keys;
    this.voice = voice;
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
    boolean playsFile = !sourceSpec.startsWith("camera");
    SourceOptions options = SourceOptions.DEFAULT.withMirror(mirror).withPaced(playsFile);
    try (HistoryStore store = history.get();
        FrameSource source = Sources.open(sourceSpec, options);
        PoseEstimator estimator =
            PoseEstimators.open(
                model,
                ModelStore.openDefault(),
                PoseEstimators.Options.INTERACTIVE,
                out::println)) {
      return coach(routine, source, estimator, store, model, playsFile);
    }
  }

  /**
   * Coaches {@code routine} on an open source and estimator, recording into {@code store}; returns
   * the exit code. The caller closes what it opened.
   *
   * @param playsFile the source plays a file at its own pace: pausing holds it
   */
  int coach(
      Routine routine,
      FrameSource source,
      PoseEstimator estimator,
      HistoryStore store,
      String model,
      boolean playsFile)
      throws InterruptedException {
    SessionEngine engine = new SessionEngine(routine, SessionEngine.Options.COACHING);
    // First: a rep is on disk before it is printed.
    engine.addListener(new HistoryRecorder(store, model, source.info().description()));
    engine.addListener(this::print);
    Optional<LiveVoice> speech =
        voice ? LiveVoice.start(routine, AudioSink.soundCard(), this::say) : Optional.empty();
    try {
      return coach(engine, routine, source, estimator, store, model, playsFile, speech);
    } finally {
      speech.ifPresent(LiveVoice::close);
    }
  }

  private int coach(
      SessionEngine engine,
      Routine routine,
      FrameSource source,
      PoseEstimator estimator,
      HistoryStore store,
      String model,
      boolean playsFile,
      Optional<LiveVoice> speech)
      throws InterruptedException {
    say(
        String.format(
            Locale.ROOT,
            "Coaching '%s' on %s (%dx%d, %.0f fps) with %s. %s; every rep is saved as it is"
                + " counted.",
            routine.name(),
            source.info().description(),
            source.info().width(),
            source.info().height(),
            source.info().fps(),
            model,
            keys.isPresent()
                ? "q and Enter (or Ctrl-C) end the session"
                : "Ctrl-C ends the session"));
    keys.ifPresent(k -> say(TerminalKeys.HELP));
    PipelineSummary summary;
    try (PosePipeline pipeline =
        new PosePipeline(
            source,
            estimator,
            new OneEuroKeypointFilter(OneEuroKeypointFilter.Settings.COACHING),
            listeners(engine, estimator, speech))) {
      PlaybackControls controls =
          new PlaybackControls(
              engine,
              pipeline,
              playsFile,
              held -> say(held ? "Paused: the video is held. p and Enter to go on." : "Going on."));
      keys.ifPresent(k -> new TerminalKeys(k, controls, out).start());
      long started = System.nanoTime();
      pipeline.start();
      // The clip may run on after the last step: stop as soon as the session is over.
      while ((summary = pipeline.awaitEnd(POLL_MILLIS, TimeUnit.MILLISECONDS)) == null) {
        if (engine.isDone()) {
          pipeline.stop();
        } else if (!controls.isHeld()) {
          SessionSnapshot now = engine.snapshot();
          double wall = (System.nanoTime() - started) / NANOS_PER_SECOND;
          guidance
              .next(wall, SetUpGuidance.of(now))
              .ifPresent(line -> say("[" + time(now.elapsedSeconds()) + "]   » " + line));
        }
      }
    }
    if (speech.isPresent()) {
      speech.get().player().awaitQuiet(LAST_WORDS_SECONDS); // the summary, said to the end
    }
    synchronized (out) {
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
    }
    return summary.error().isPresent() ? AnalyzeCommand.EXIT_PARTIAL : 0;
  }

  private static List<PipelineListener> listeners(
      SessionEngine engine, PoseEstimator estimator, Optional<LiveVoice> speech) {
    List<PipelineListener> listeners = new ArrayList<>();
    listeners.add(new SessionFeeder(engine, estimator));
    speech.ifPresent(v -> listeners.add(v.feeder(engine))); // after: each frame's events are in
    return listeners;
  }

  /** One line, from any thread (the voice says from its own why it is off). */
  private void say(String line) {
    synchronized (out) {
      out.println(line);
      out.flush();
    }
  }

  private void print(SessionEvent event) {
    synchronized (out) {
      printEvent(event);
      out.flush();
    }
  }

  private void printEvent(SessionEvent event) {
    if (event instanceof SessionEvent.Paused p) {
      out.printf(Locale.ROOT, "[%s] Paused. p and Enter to go on.%n", time(p.timeSeconds()));
    } else if (event instanceof SessionEvent.Resumed r) {
      out.printf(Locale.ROOT, "[%s] Going on.%n", time(r.timeSeconds()));
    } else if (event instanceof SessionEvent.StepStarted s) {
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
      out.printf(Locale.ROOT, "[%s] Rest %s.%n", time(r.timeSeconds()), Seconds.text(r.seconds()));
    } else if (event instanceof SessionEvent.SessionEnded e) {
      out.printf(
          Locale.ROOT,
          "[%s] %s%n",
          time(e.timeSeconds()),
          e.completed() ? "Routine complete. Well done!" : "Session ended.");
    }
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
   * What the app would do with these choices, without a window: the routine asked for, else the
   * same default as the start screen's; the camera when one is found (or the source asked for),
   * else the demo clip, which runs the demo form of the routine (its cat-camel step), as the window
   * does, and says so.
   */
  int runDefault(AppConfig config) throws Exception {
    Routine routine = routineFor(config);
    try (HistoryStore history = HistoryStore.openDefault()) {
      announceInterrupted(history);
    } catch (StoreException e) {
      // The notice can wait: a history that does not open is reported when a session needs it,
      // and the demo does not need it at all.
    }
    boolean sourceAsked = config.source().isPresent();
    String source = config.source().orElse(CameraSource.available().isEmpty() ? "demo" : "camera");
    if (source.equalsIgnoreCase(AppConfig.DEMO_SOURCE)) {
      say(
          sourceAsked
              ? "Playing the demo clip (a painted figure doing slow cat-camels)."
              : "No camera found: playing the demo clip (a painted figure doing slow cat-camels).");
      say(demoNote(routine));
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

  /**
   * Says once that a session in {@code history} was cut short by a crash or a kill, and where to
   * see what it kept.
   */
  void announceInterrupted(HistoryStore history) {
    InterruptionNotice.take(history).ifPresent(n -> say(n.commandLine(ZoneId.systemDefault())));
  }

  /** The routine {@code --routine} names (a file, an id or a name), else the default one. */
  static Routine routineFor(AppConfig config) {
    if (config.routine().isPresent()) {
      return new RoutineChoice(config.routine().get(), config.routinesFolder()).load();
    }
    return RoutineLibrary.scan(config.routinesFolder())
        .defaultEntry()
        .map(RoutineLibrary.Entry::routine)
        .orElseThrow(
            () -> new IllegalArgumentException("no routine found in " + config.routinesFolder()));
  }

  /** Says, once, that the demo clip runs only the cat-camel part of {@code routine}. */
  static String demoNote(Routine routine) {
    Routine demo = DemoRoutine.from(routine);
    return "The demo clip shows only cat-camels, so it runs '"
        + demo.name()
        + "' ("
        + demo.steps().get(0).reps()
        + " reps) rather than all of '"
        + routine.name()
        + "'; give --source camera or a video file to run the whole routine.";
  }

  /** The demo clip's folder under the model cache. */
  static Path sampleFolder() {
    return ModelStore.defaultRoot().resolve("sample");
  }
}
