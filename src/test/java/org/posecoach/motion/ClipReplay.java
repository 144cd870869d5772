package org.posecoach.motion;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.posecoach.motion.body.BodyFrame;
import org.posecoach.motion.body.BodyScaleEstimator;
import org.posecoach.motion.filter.PairGapFiller;
import org.posecoach.motion.position.PositionClassifier;
import org.posecoach.motion.signal.BackArchSignal;
import org.posecoach.motion.signal.ExerciseSignal;
import org.posecoach.motion.signal.ExerciseSignals;
import org.posecoach.motion.signal.SignalSample;
import org.posecoach.motion.vocabulary.CameraView;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.MotionEvent;
import org.posecoach.pose.Pose;
import org.posecoach.report.ClipExpectation;
import org.posecoach.testing.PoseTracks;
import org.posecoach.testing.PoseTracks.TrackFrame;

/**
 * A tuning tool, run by hand: replays the cached pose tracks of clips with expectations through the
 * analyzer and prints expected against counted; with {@code --trace CLIP} prints that clip's
 * per-frame position guess and signals.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat /tmp/testcp.txt) \
 *   org.posecoach.motion.ClipReplay ../shared/data/real ../shared/data/rendered
 * </pre>
 */
public final class ClipReplay {
  private ClipReplay() {}

  public static void main(String[] args) throws Exception {
    String trace = null;
    String model = "blazepose-full";
    List<Path> folders = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--trace" -> trace = args[++i];
        case "--model" -> model = args[++i];
        default -> folders.add(Path.of(args[i]));
      }
    }
    for (Path folder : folders) {
      for (ClipExpectation e : ClipExpectation.scan(folder)) {
        String name = e.clip().getFileName().toString();
        if (trace != null && !name.startsWith(trace)) {
          continue;
        }
        List<TrackFrame> frames =
            PoseTracks.load(e.clip(), model, ExerciseSignals.needsMask(e.exercise()));
        if (trace != null) {
          trace(frames, e.exercise());
        }
        ExerciseAnalyzer analyzer = ExerciseAnalyzer.forExercise(e.exercise());
        List<String> log = new ArrayList<>();
        analyzer.addListener(
            ev -> {
              if (!(ev instanceof MotionEvent.CueChanged)) {
                log.add(String.format(Locale.ROOT, "%.2f %s", ev.timeSeconds(), ev));
              }
            });
        if (trace != null) {
          analyzer.setTraceListener(
              tr ->
                  log.add(
                      String.format(
                          Locale.ROOT,
                          "%.2f trace %s raw %.3f smooth %.3f start %.3f enter +%.3f/-%.3f exit"
                              + " +%.3f/-%.3f %s",
                          tr.timeSeconds(),
                          tr.signal(),
                          tr.raw(),
                          tr.smoothed(),
                          tr.startValue(),
                          tr.positive().enter(),
                          tr.negative().enter(),
                          tr.positive().exit(),
                          tr.negative().exit(),
                          tr.phase())));
        }
        for (TrackFrame f : frames) {
          analyzer.accept(f.pose(), f.timestampNanos());
        }
        AnalyzerSnapshot s = analyzer.snapshot();
        System.out.printf(
            Locale.ROOT,
            "%-50s %-16s expected %d%s counted %d (L%d R%d)%n",
            name,
            e.exercise().id(),
            e.reps(),
            e.sided() ? " (L" + e.left().getAsInt() + " R" + e.right().getAsInt() + ")" : "",
            s.reps(),
            s.leftReps(),
            s.rightReps());
        var review = analyzer.review();
        System.out.println("    reason: " + review.reason());
        review.rhythm().ifPresent(r -> System.out.println("    rhythm: " + r));
        review.check().ifPresent(c -> System.out.println("    check: " + c));
        if (trace != null) {
          log.forEach(l -> System.out.println("   " + l));
        }
      }
    }
  }

  private static void trace(List<TrackFrame> frames, ExerciseId exercise) {
    PairGapFiller filler = new PairGapFiller();
    BodyScaleEstimator scale = new BodyScaleEstimator();
    PositionClassifier classifier = new PositionClassifier();
    List<ExerciseSignal> signals = new ArrayList<>();
    for (CameraView v : CameraView.values()) {
      try {
        signals.add(org.posecoach.motion.signal.ExerciseSignals.forExercise(exercise, v));
      } catch (IllegalArgumentException e) {
        // not readable from this view
      }
    }
    if (exercise == ExerciseId.CAT_CAMEL) {
      signals.add(new BackArchSignal());
    }
    for (TrackFrame f : frames) {
      StringBuilder line =
          new StringBuilder(String.format(Locale.ROOT, "%6.2f", f.timestampNanos() / 1e9));
      if (f.pose().isEmpty()) {
        System.out.println(line.append(" no pose"));
        continue;
      }
      Pose pose = filler.apply(f.pose().get());
      OptionalDouble px = scale.apply(pose);
      if (px.isEmpty()) {
        System.out.println(line.append(" no body"));
        continue;
      }
      BodyFrame body = new BodyFrame(pose, px.getAsDouble());
      PositionClassifier.Guess g = classifier.classify(body);
      line.append(
          String.format(
              Locale.ROOT, " %-20s %-5s", g.position(), g.view().map(Enum::name).orElse("-")));
      org.posecoach.motion.position.PostureFeatures.of(body)
          .ifPresent(
              pf ->
                  line.append(
                      String.format(
                          Locale.ROOT,
                          " [tilt %.0f shUp %.2f endOn %.2f knUp %.2f knAnk %.2f thigh %.2f kflex %.0f]",
                          pf.torsoTiltDeg(),
                          pf.shouldersAboveHips(),
                          pf.endOnRatio(),
                          pf.kneesAboveHips(),
                          pf.kneesAboveAnkles(),
                          pf.thighLength(),
                          pf.kneeFlexionDeg())));
      for (ExerciseSignal s : signals) {
        line.append(
            String.format(
                Locale.ROOT,
                " %s=%s",
                s.name(),
                s.measure(body)
                    .map(SignalSample::value)
                    .map(v -> String.format(Locale.ROOT, "%.3f", v))
                    .orElse("-")));
      }
      System.out.println(line);
    }
  }
}
