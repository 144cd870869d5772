package org.posecoach.motion;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.posecoach.motion.rep.Thresholds;
import org.posecoach.motion.signal.ExerciseSignal;
import org.posecoach.motion.signal.ExerciseSignals;
import org.posecoach.motion.signal.SignalShape;
import org.posecoach.motion.vocabulary.CameraView;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.ExerciseSettings;
import org.posecoach.motion.vocabulary.MotionEvent;
import org.posecoach.motion.vocabulary.Side;
import org.posecoach.report.ClipExpectation;
import org.posecoach.synthetic.CameraSetup;
import org.posecoach.synthetic.Cameras;
import org.posecoach.synthetic.Performance;
import org.posecoach.synthetic.SyntheticFrame;
import org.posecoach.synthetic.SyntheticStream;
import org.posecoach.testing.PoseTracks;

/**
 * Draws docs/img/*.png: each exercise's signal over a synthetic set (typical keypoint noise), and
 * real clips' signals from the shared footage, raw and smoothed, with the start value and the
 * thresholds as the analyzer set them frame by frame, and a mark where each repetition was counted.
 * The analyzer is the app's own ({@link ExerciseAnalyzer} with its trace listener), so the plots
 * show what the coach did. A documentation tool, run by hand from the project root:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/classpath.txt) \
 *     org.posecoach.motion.MotionPlots docs/img
 * </pre>
 *
 * (the test classpath also needs JUnit; {@code mvn dependency:build-classpath
 * -Dmdep.includeScope=test} prints it.)
 */
public final class MotionPlots {

  private record Sample(
      double t, double raw, double smooth, double neutral, Thresholds pos, Thresholds neg) {}

  private MotionPlots() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("java.awt.headless", "true");
    Path out = Path.of(args.length > 0 ? args[0] : "docs/img");
    Files.createDirectories(out);
    plot(
        out,
        "cat_camel_side",
        Performance.builder(ExerciseId.CAT_CAMEL, 5)
            .camera(CameraSetup.side(false))
            .reps(4)
            .tempo(0.8));
    plot(
        out,
        "lumbar_rotation_side",
        Performance.builder(ExerciseId.LUMBAR_ROTATION, 6).camera(CameraSetup.side(true)).reps(3));
    plot(
        out,
        "lumbar_rotation_feet",
        Performance.builder(ExerciseId.LUMBAR_ROTATION, 7).camera(Cameras.feet().setup()).reps(3));
    plot(
        out,
        "knees_to_chest_side",
        Performance.builder(ExerciseId.KNEES_TO_CHEST, 8).reps(3).noHoldReps(1));
    plot(out, "glute_stretch_side", Performance.builder(ExerciseId.GLUTE_STRETCH, 9).reps(1));
    plot(
        out,
        "prayer_stretch_side",
        Performance.builder(ExerciseId.PRAYER_STRETCH, 10).reps(4).partialReps(1));
    plot(
        out,
        "thread_the_needle_side",
        Performance.builder(ExerciseId.THREAD_THE_NEEDLE, 11).reps(2));
    Path real = Path.of("..", "shared", "data", "real");
    if (Files.isDirectory(real)) {
      for (String clip :
          List.of("cat_camel_side_portrait", "cat_camel_side_stock", "prayer_stretch_oblique")) {
        Path video = real.resolve(clip + ".mp4");
        ExerciseId exercise =
            ClipExpectation.scan(real).stream()
                .filter(e -> e.clip().getFileName().equals(video.getFileName()))
                .findFirst()
                .orElseThrow()
                .exercise();
        List<PoseTracks.TrackFrame> frames =
            PoseTracks.load(video, "blazepose-full", ExerciseSignals.needsMask(exercise));
        plot(
            out,
            "real_" + clip,
            "real clip " + clip + ": ",
            ExerciseSettings.defaults(exercise),
            frames.stream()
                .map(f -> new SyntheticFrame(f.timestampNanos(), f.pose(), Optional.empty()))
                .toList());
      }
    }
  }

  private static void plot(Path dir, String name, Performance.Builder builder) throws IOException {
    SyntheticStream stream = builder.build().generate();
    plot(dir, name, "", stream.settings(), stream.frames());
  }

  /** Runs {@code analyzer} over {@code frames} and draws what it traced. */
  private static void plot(
      Path dir, String name, String prefix, ExerciseSettings settings, List<SyntheticFrame> frames)
      throws IOException {
    ExerciseAnalyzer analyzer = new ExerciseAnalyzer(settings);
    List<Sample> samples = new ArrayList<>();
    List<double[]> counts = new ArrayList<>();
    String[] signal = {""};
    CameraView[] view = {CameraView.SIDE};
    analyzer.setTraceListener(
        tr -> {
          samples.add(
              new Sample(
                  tr.timeSeconds(),
                  tr.raw(),
                  tr.smoothed(),
                  tr.startValue(),
                  tr.positive(),
                  tr.negative()));
          signal[0] = tr.signal();
          view[0] = tr.view();
        });
    analyzer.addListener(
        e -> {
          if (e instanceof MotionEvent.RepCounted r) {
            counts.add(new double[] {r.timeSeconds(), r.side().map(Side::sign).orElse(0)});
          } else if (e instanceof MotionEvent.HoldCompleted h) {
            counts.add(new double[] {h.timeSeconds(), h.side().map(Side::sign).orElse(0)});
          }
        });
    for (SyntheticFrame f : frames) {
      analyzer.accept(f.pose(), f.timestampNanos());
    }
    if (samples.isEmpty()) {
      throw new IllegalStateException(name + ": the analyzer never counted a frame");
    }
    ExerciseSignal s = ExerciseSignals.forExercise(settings.exercise(), view[0]);
    boolean twoSided = s.shape() == SignalShape.SIGNED_SIDES || s.shape() == SignalShape.TWO_ENDS;
    draw(
        dir.resolve(name + ".png"),
        prefix
            + settings.exercise().id()
            + " seen from the "
            + view[0].name().toLowerCase(Locale.ROOT)
            + ": "
            + signal[0]
            + " ("
            + s.unit()
            + "), "
            + counts.size()
            + " counted",
        samples,
        counts,
        twoSided,
        s.shape() == SignalShape.TWO_ENDS);
  }

  private static void draw(
      Path file,
      String title,
      List<Sample> samples,
      List<double[]> counts,
      boolean twoSided,
      boolean twoEnds)
      throws IOException {
    int w = 1000;
    int h = 420;
    int left = 70;
    int right = 20;
    int top = 40;
    int bottom = 50;
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    double t0 = samples.get(0).t();
    double t1 = samples.get(samples.size() - 1).t();
    double lo = Double.MAX_VALUE;
    double hi = -Double.MAX_VALUE;
    for (Sample s : samples) {
      lo = Math.min(lo, s.raw());
      hi = Math.max(hi, s.raw());
      if (!Double.isNaN(s.neutral())) {
        lo = Math.min(lo, s.neutral() - (twoSided ? s.neg().enter() : 0));
        hi = Math.max(hi, s.neutral() + s.pos().enter());
      }
    }
    double pad = (hi - lo) * 0.08;
    lo -= pad;
    hi += pad;
    final double ylo = lo;
    final double yhi = hi;
    java.util.function.DoubleUnaryOperator x =
        t -> left + (t - t0) / (t1 - t0) * (w - left - right);
    java.util.function.DoubleUnaryOperator y =
        v -> top + (yhi - v) / (yhi - ylo) * (h - top - bottom);
    g.setColor(new Color(235, 235, 235));
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    for (int s = (int) Math.ceil(t0); s <= t1; s += 5) {
      int xx = (int) x.applyAsDouble(s);
      g.setColor(new Color(235, 235, 235));
      g.drawLine(xx, top, xx, h - bottom);
      g.setColor(Color.GRAY);
      g.drawString(s + " s", xx - 8, h - bottom + 15);
    }
    for (int i = 0; i <= 4; i++) {
      double v = ylo + i * (yhi - ylo) / 4;
      int yy = (int) y.applyAsDouble(v);
      g.setColor(Color.GRAY);
      g.drawString(String.format("%.2f", v), 5, yy + 4);
    }
    // Thresholds as they were at each moment (they move when calibration learns the range).
    line(g, samples, x, y, s -> s.neutral(), new Color(120, 120, 120), 1.5f, true);
    line(g, samples, x, y, s -> s.neutral() + s.pos().exit(), new Color(70, 130, 180), 1.2f, true);
    line(g, samples, x, y, s -> s.neutral() + s.pos().enter(), new Color(200, 60, 60), 1.2f, true);
    if (twoSided) {
      line(
          g, samples, x, y, s -> s.neutral() - s.neg().exit(), new Color(70, 130, 180), 1.2f, true);
      line(
          g, samples, x, y, s -> s.neutral() - s.neg().enter(), new Color(200, 60, 60), 1.2f, true);
    }
    line(g, samples, x, y, Sample::raw, new Color(190, 190, 190), 1f, false);
    line(g, samples, x, y, Sample::smooth, new Color(20, 20, 20), 2f, false);
    for (double[] c : counts) {
      int xx = (int) x.applyAsDouble(c[0]);
      g.setColor(new Color(40, 150, 60));
      g.setStroke(new BasicStroke(2f));
      g.drawLine(xx, top, xx, top + 18);
      String label = c[1] > 0 ? "L" : c[1] < 0 ? "R" : "";
      g.drawString("rep " + label, xx + 3, top + 14);
    }
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    g.drawString(title, left, 22);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    String legend =
        "black: smoothed   grey: raw   dashed grey: start value   blue: back through centre   red: end reached"
            + (twoEnds ? " (cat below, camel above)" : "")
            + "   green: counted";
    g.drawString(legend, left, h - 12);
    g.dispose();
    ImageIO.write(img, "png", file.toFile());
  }

  private static void line(
      Graphics2D g,
      List<Sample> samples,
      java.util.function.DoubleUnaryOperator x,
      java.util.function.DoubleUnaryOperator y,
      java.util.function.ToDoubleFunction<Sample> f,
      Color color,
      float width,
      boolean dashed) {
    g.setColor(color);
    g.setStroke(
        dashed
            ? new BasicStroke(
                width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f)
            : new BasicStroke(width));
    for (int i = 1; i < samples.size(); i++) {
      Sample a = samples.get(i - 1);
      Sample b = samples.get(i);
      if (b.t() - a.t() > 0.5
          || Double.isNaN(f.applyAsDouble(a))
          || Double.isNaN(f.applyAsDouble(b))) {
        continue;
      }
      g.drawLine(
          (int) x.applyAsDouble(a.t()),
          (int) y.applyAsDouble(f.applyAsDouble(a)),
          (int) x.applyAsDouble(b.t()),
          (int) y.applyAsDouble(f.applyAsDouble(b)));
    }
  }
}
