package org.posecoach.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.posecoach.io.StagedOutputs;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.ExerciseSettings;
import org.posecoach.pipeline.PipelineListener;
import org.posecoach.pipeline.PipelineSummary;
import org.posecoach.pipeline.PosePipeline;
import org.posecoach.pose.PoseEstimator;
import org.posecoach.pose.smoothing.KeypointFilter;
import org.posecoach.pose.smoothing.OneEuroKeypointFilter;
import org.posecoach.render.AnnotatedVideoWriter;
import org.posecoach.render.SoundTrack;
import org.posecoach.report.AnalysisReport;
import org.posecoach.report.KeypointCsvWriter;
import org.posecoach.report.ProgressBar;
import org.posecoach.report.SignalTraceCsvWriter;
import org.posecoach.report.StepReports;
import org.posecoach.routine.ExerciseInfo;
import org.posecoach.routine.Routine;
import org.posecoach.routine.RoutineLoader;
import org.posecoach.session.SessionEngine;
import org.posecoach.session.SessionFeeder;
import org.posecoach.source.FrameSource;
import org.posecoach.source.SourceException;
import org.posecoach.source.SourceOptions;
import org.posecoach.source.Sources;
import org.posecoach.speech.ClipLibrary;
import org.posecoach.speech.EspeakSynthesizer;
import org.posecoach.speech.Phrases;
import org.posecoach.speech.SpeechFeeder;
import org.posecoach.speech.SpeechScheduler;
import org.posecoach.speech.SpeechTrack;
import org.posecoach.ui.Launcher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code analyze VIDEO|FOLDER}: the whole pipeline, headless: poses per frame (CSV), an annotated
 * video, and the session report (JSON).
 */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = "Analyse a video file or an image folder: keypoints, annotated video, report.")
final class AnalyzeCommand implements Callable<Integer> {
  /** Exit code when the input broke midway: what was processed is still written. */
  static final int EXIT_PARTIAL = 3;

  /** A few seconds on a busy laptop for a long routine's phrases; far more means a stuck espeak. */
  private static final double PRERENDER_TIMEOUT_SECONDS = 120;

  /** The highest frame rate an image folder may be given; no camera or clip goes near it. */
  private static final int MAX_FPS = 1000;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "VIDEO|FOLDER", description = "A video file, or a folder of images.")
  String input;

  @Mixin ModelOption model;

  @Mixin JsonOutput json;

  @Option(names = "--csv", paramLabel = "FILE", description = "Write per-frame keypoints here.")
  Path csv;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the annotated video here (.mp4).")
  Path out;

  @Option(
      names = "--routine",
      paramLabel = "ID|FILE",
      description =
          "Follow this routine: an id from the routines folder (morning-low-back) or a routine"
              + " file; steps advance when their target is met.")
  String routine;

  @Option(
      names = "--exercise",
      paramLabel = "ID",
      description =
          "Count one exercise through the whole video: lumbar_rotation, knees_to_chest,"
              + " glute_stretch, cat_camel, prayer_stretch, thread_the_needle.")
  ExerciseId exercise;

  @Option(
      names = "--trace",
      paramLabel = "FILE",
      description =
          "Write the exercise signal of every counted frame here (CSV), to see why a repetition"
              + " did or did not count. With --exercise or --routine.")
  Path trace;

  @Option(
      names = "--fps",
      paramLabel = "N",
      description = "Frame rate of an image folder, above 0 (default ${DEFAULT-VALUE}).")
  double fps = 30;

  @Option(
      names = "--mirror",
      description = "Flip frames left-right first (selfie view); side names follow.")
  boolean mirror;

  @Option(
      names = "--no-voice",
      description =
          "With --out and --exercise or --routine: no audio track. By default the video carries"
              + " the coach's voice (espeak-ng) where it would have spoken live.")
  boolean noVoice;

  @Option(
      names = "--no-smoothing",
      description = "Report raw keypoints, without the One Euro filter.")
  boolean noSmoothing;

  @Override
  public Integer call() throws Exception {
    var err = spec.commandLine().getErr();
    if (routine != null && exercise != null) {
      throw new IllegalArgumentException("Give either --routine or --exercise, not both.");
    }
    if (!(fps > 0 && fps <= MAX_FPS)) {
      throw new ParameterException(
          spec.commandLine(),
          "--fps must be a frame rate above 0 and at most " + MAX_FPS + ", got " + fps);
    }
    RoutineChoice routineChoice =
        routine == null ? null : new RoutineChoice(routine, Launcher.defaultRoutinesFolder());
    new CommandFiles(spec.commandLine())
        .input("VIDEO|FOLDER", Path.of(input))
        .input("--routine", routineChoice == null ? null : routineChoice.file().orElse(null))
        .output("--out", out)
        .output("--csv", csv)
        .output("--trace", trace)
        .output("--json", json.file)
        .requireDistinct();
    SessionEngine engine = sessionEngine(routineChoice);
    if (trace != null && engine == null) {
      throw new IllegalArgumentException(
          "--trace writes the signal of the exercise counted: add --exercise ID or --routine FILE.");
    }
    StepReports steps = new StepReports();
    if (engine != null) {
      engine.addListener(steps);
    }
    checkWritable(json.file);
    checkWritable(csv);
    checkWritable(out);
    checkWritable(trace);
    // --out draws on the full-resolution picture; without it the models' copy is enough.
    SourceOptions options = new SourceOptions(0, 0, fps, mirror, false, out != null);
    // Every output goes to a temporary file first: an interrupted or failed run leaves the files
    // of an earlier run as they were.
    try (StagedOutputs outputs = StagedOutputs.open();
        FrameSource source =
            Sources.open(
                input,
                options,
                warning -> {
                  err.println("warning: " + warning);
                  err.flush();
                });
        PoseEstimator estimator = model.openEstimator(err);
        SignalTraceCsvWriter signalTrace =
            trace == null ? null : new SignalTraceCsvWriter(stage(outputs, trace))) {
      if (signalTrace != null) {
        engine.setTraceListener(signalTrace);
      }
      List<PipelineListener> listeners = new ArrayList<>();
      if (csv != null) {
        listeners.add(new KeypointCsvWriter(stage(outputs, csv), estimator.layout()));
      }
      if (engine != null) {
        listeners.add(new SessionFeeder(engine, estimator));
      }
      // After the session feeder (each frame's events are in) and before the video (its sound).
      Optional<SoundTrack> voice =
          out != null && engine != null && !noVoice
              ? recordedVoice(engine, listeners, err)
              : Optional.empty();
      if (out != null) {
        listeners.add(new AnnotatedVideoWriter(stage(outputs, out), source.info().fps(), voice));
      }
      listeners.add(new ProgressBar(err, source.info().frameCount(), System.console() != null));
      PipelineSummary summary;
      try (PosePipeline pipeline =
          new PosePipeline(
              source,
              estimator,
              noSmoothing
                  ? KeypointFilter.NONE
                  : new OneEuroKeypointFilter(OneEuroKeypointFilter.Settings.COACHING),
              listeners)) {
        pipeline.start();
        summary = pipeline.awaitEnd();
      }
      if (signalTrace != null) {
        signalTrace.close();
      }
      AnalysisReport report = AnalysisReport.of(input, model.id, summary, steps.steps());
      if (json.file == null) {
        json.write(report, spec.commandLine().getOut());
      } else {
        JsonOutput.writeTo(report, stage(outputs, json.file));
      }
      if (summary.framesCaptured() == 0 && summary.error().isEmpty()) {
        err.println("error: '" + input + "' contains no video frames.");
        return Main.EXIT_USER_ERROR;
      }
      if (summary.error().isPresent()) {
        // A clip that broke midway: what was analysed is kept, under names of its own.
        outputs.commit(StagedOutputs::partialName);
        err.println(
            "error: "
                + summary.error().get()
                + " — the "
                + summary.framesProcessed()
                + " frames before it were analysed"
                + partialNote());
        return EXIT_PARTIAL;
      }
      outputs.commit();
      if (engine == null) {
        err.println(
            "note: nothing was counted: add --exercise ID ("
                + String.join(", ", ExerciseId.ids())
                + ") or --routine ID|FILE to count repetitions.");
      }
      return 0;
    }
  }

  /**
   * The coach's voice as a sound track, its feeder added to {@code listeners}; empty, with one line
   * on {@code err}, when espeak-ng is missing.
   */
  private static Optional<SoundTrack> recordedVoice(
      SessionEngine engine, List<PipelineListener> listeners, PrintWriter err) {
    Optional<String> missing = EspeakSynthesizer.unavailableReason();
    if (missing.isPresent()) {
      err.println(missing.get() + " (the video is written without sound)");
      return Optional.empty();
    }
    ClipLibrary clips =
        ClipLibrary.prerender(new EspeakSynthesizer(), Phrases.fixedPhrases(engine.routine()));
    clips.awaitRendered(PRERENDER_TIMEOUT_SECONDS);
    SpeechTrack track = new SpeechTrack(clips, EspeakSynthesizer.SAMPLE_RATE_HZ);
    listeners.add(
        SpeechFeeder.attach(
            engine, new SpeechScheduler(engine.routine(), clips::durationSeconds), track));
    return Optional.of(track);
  }

  /** Where the outputs of a clip that broke midway went, for its error line. */
  private String partialNote() {
    List<String> names = new ArrayList<>();
    for (Path file : new Path[] {out, csv, trace, json.file}) {
      if (file != null) {
        names.add(StagedOutputs.partialName(file).toString());
      }
    }
    return names.isEmpty()
        ? "."
        : " and written to " + String.join(", ", names) + " (earlier files left as they were).";
  }

  /** A temporary file for {@code target}; a folder that cannot be written is the user's to fix. */
  private static Path stage(StagedOutputs outputs, Path target) {
    try {
      return outputs.stage(target);
    } catch (IOException e) {
      throw new SourceException("Cannot write '" + target + "': " + e.getMessage(), e);
    }
  }

  /** The engine for --routine or --exercise, or null when neither was asked for. */
  private SessionEngine sessionEngine(RoutineChoice routineChoice) {
    if (routineChoice != null) {
      return new SessionEngine(routineChoice.load(), SessionEngine.Options.COACHING);
    }
    if (exercise != null) {
      ExerciseId id = exercise;
      Routine single = RoutineLoader.load(singleExerciseRoutine(id), "--exercise " + id.id());
      return new SessionEngine(single, SessionEngine.Options.COUNT_UNTIL_END);
    }
    return null;
  }

  /** A one-step routine with the therapist's defaults for {@code id} (targets do not end it). */
  static String singleExerciseRoutine(ExerciseId id) {
    ExerciseSettings d = ExerciseSettings.defaults(id);
    StringBuilder yaml = new StringBuilder();
    yaml.append("name: ")
        .append(id.id())
        .append("\nsteps:\n  - exercise: ")
        .append(id.id())
        .append('\n');
    ExerciseInfo.Kind kind = ExerciseInfo.of(id).kind();
    if (kind != ExerciseInfo.Kind.TIMED_HOLD) {
      yaml.append("    reps: ").append(d.targetReps()).append('\n');
      yaml.append("    min_rep_seconds: ").append(d.minSecondsPerRep()).append('\n');
    }
    if (kind != ExerciseInfo.Kind.REPS) {
      yaml.append("    hold_seconds: ").append(d.holdSeconds()).append('\n');
    }
    return yaml.toString();
  }

  static void checkWritable(Path file) throws IOException {
    if (file == null) {
      return;
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new SourceException(
          "Cannot write '" + file + "': folder " + parent + " does not exist.");
    }
    if (!Files.isWritable(parent)) {
      throw new SourceException(
          "Cannot write '" + file + "': folder " + parent + " is not writable.");
    }
  }
}
