package org.posecoach.motion.signal;

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
import java.util.Optional;
import java.util.OptionalDouble;
import javax.imageio.ImageIO;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.posecoach.motion.body.BodyFrame;
import org.posecoach.motion.body.BodyScaleEstimator;
import org.posecoach.motion.filter.PairGapFiller;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.Side;
import org.posecoach.pose.KeypointLayout;
import org.posecoach.pose.Pose;
import org.posecoach.pose.PoseEstimator;
import org.posecoach.pose.PoseEstimators;
import org.posecoach.synthetic.CameraSetup;
import org.posecoach.synthetic.Cameras;
import org.posecoach.synthetic.ExpectedRep;
import org.posecoach.synthetic.Performance;
import org.posecoach.synthetic.SyntheticFrame;
import org.posecoach.synthetic.SyntheticStream;
import org.posecoach.testing.Models;

/**
 * Draws docs/img/lumbar_side_cue.png: the side-view lumbar rotation's side cue, frame by frame, on
 * the rendered clip (through the real pose model, when the shared data is there) and on synthetic
 * sets with the knees on either side of the image centre. A documentation tool, run by hand:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/classpath.txt) \
 *     org.posecoach.motion.signal.KneeSideCuePlot docs/img ../shared/data
 * </pre>
 */
public final class KneeSideCuePlot {

  private record Sample(double t, double drop, double shift, double vote) {}

  private record Band(double from, double to, Side side) {}

  private record Panel(String title, List<Sample> samples, List<Band> truth) {}

  /** The knee's shift is small next to the drop: drawn three times as large. */
  private static final double SHIFT_SCALE = 3;

  private KneeSideCuePlot() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("java.awt.headless", "true");
    Path out = Path.of(args.length > 0 ? args[0] : "docs/img");
    Path data = Path.of(args.length > 1 ? args[1] : "../shared/data");
    Files.createDirectories(out);
    List<Panel> panels = new ArrayList<>();
    Path clip = data.resolve(Path.of("rendered", "lumbar_rotation_4reps_per_side.mp4"));
    if (Files.exists(clip)) {
      panels.add(renderedClip(clip));
    }
    panels.add(
        synthetic(
            "synthetic, camera on the person's left, 0.1 m high: knees left of the image centre",
            Cameras.side(true).withHeight(0.1).withShift(0.1).setup()));
    panels.add(
        synthetic(
            "synthetic, same camera moved 0.6 m towards the feet: knees right of the image centre",
            Cameras.side(true).withHeight(0.1).withShift(-0.6).setup()));
    draw(out.resolve("lumbar_side_cue.png"), panels);
  }

  private static Panel renderedClip(Path clip) throws Exception {
    List<Pose> poses = new ArrayList<>();
    try (PoseEstimator e = Models.open(PoseEstimators.DEFAULT_MODEL);
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(clip.toString());
        OpenCVFrameConverter.ToMat converter = new OpenCVFrameConverter.ToMat()) {
      grabber.start();
      double fps = grabber.getFrameRate();
      long index = 0;
      Frame frame;
      while ((frame = grabber.grabImage()) != null) {
        long nanos = Math.round(index++ * 1e9 / fps);
        e.estimate(converter.convert(frame), nanos).ifPresent(poses::add);
      }
      grabber.stop();
    }
    // MANIFEST.json: a rep to the right (away from the camera) then one to the left, 1.5 s each,
    // from 2 s on; the first 2 s are the still start position.
    List<Band> truth = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      truth.add(new Band(2 + 1.5 * i, 3.5 + 1.5 * i, i % 2 == 0 ? Side.RIGHT : Side.LEFT));
    }
    return new Panel(
        "rendered clip through BlazePose: camera 0.4 m high sees the left side, knees left of"
            + " centre",
        samples(poses, 0.7, 1.9),
        truth);
  }

  private static Panel synthetic(String title, CameraSetup camera) {
    SyntheticStream s =
        Performance.builder(ExerciseId.LUMBAR_ROTATION, 12)
            .camera(camera)
            .layout(KeypointLayout.BLAZEPOSE_33)
            .reps(3)
            .build()
            .generate();
    List<Pose> poses = new ArrayList<>();
    for (SyntheticFrame f : s.frames()) {
      f.pose().ifPresent(poses::add);
    }
    List<Band> truth = new ArrayList<>();
    for (ExpectedRep r : s.truth().reps()) {
      // The window runs to 1.2 s after the repetition's end, for the count's latency.
      truth.add(new Band(r.fromSeconds(), r.toSeconds() - 1.2, r.side().orElseThrow()));
    }
    return new Panel(title, samples(poses, 0.5, 1.5), truth);
  }

  /** Per frame: knee drop, near knee's shift along the axis, vote; start from [from, to] s. */
  private static List<Sample> samples(List<Pose> poses, double from, double to) {
    KneeDropSignal signal = new KneeDropSignal();
    PairGapFiller filler = new PairGapFiller();
    BodyScaleEstimator scale = new BodyScaleEstimator();
    List<Double> times = new ArrayList<>();
    List<SignalSample> raw = new ArrayList<>();
    List<SideCues> start = new ArrayList<>();
    List<Double> startValues = new ArrayList<>();
    for (Pose p : poses) {
      Pose filled = filler.apply(p);
      OptionalDouble px = scale.apply(filled);
      if (px.isEmpty()) {
        continue;
      }
      Optional<SignalSample> m = signal.measure(new BodyFrame(filled, px.getAsDouble()));
      if (m.isEmpty()) {
        continue;
      }
      double t = p.timestampSeconds();
      times.add(t);
      raw.add(m.get());
      if (t >= from && t <= to) {
        start.add(m.get().sideCues().orElseThrow());
        startValues.add(m.get().value());
      }
    }
    SideCues neutral = SideCues.median(start);
    double restValue =
        startValues.stream()
            .mapToDouble(Double::doubleValue)
            .sorted()
            .toArray()[startValues.size() / 2];
    int along =
        KneeDropSignal.nearSide(neutral) > 0 ? KneeDropSignal.L_ALONG : KneeDropSignal.R_ALONG;
    List<Sample> out = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      SideCues c = raw.get(i).sideCues().orElseThrow();
      out.add(
          new Sample(
              times.get(i),
              raw.get(i).value() - restValue,
              SHIFT_SCALE * (c.get(along) - neutral.get(along)),
              signal.sideVote(c, neutral)));
    }
    return out;
  }

  private static void draw(Path file, List<Panel> panels) throws IOException {
    int w = 1000;
    int ph = 250;
    int h = 40 + ph * panels.size() + 45;
    int left = 60;
    int right = 20;
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    g.drawString("Lumbar rotation from the side: which way did the knees go?", left, 22);
    Color leftBand = new Color(255, 228, 196);
    Color rightBand = new Color(204, 229, 255);
    for (int k = 0; k < panels.size(); k++) {
      Panel p = panels.get(k);
      int top = 40 + k * ph + 22;
      int bottom = 40 + (k + 1) * ph - 22;
      double t0 = p.samples().get(0).t();
      double t1 = p.samples().get(p.samples().size() - 1).t();
      double lo = -0.6;
      double hi = 0.6;
      for (Sample s : p.samples()) {
        lo = Math.min(lo, Math.min(s.vote(), Math.min(s.shift(), -s.drop())));
        hi = Math.max(hi, Math.max(s.vote(), Math.max(s.shift(), s.drop())));
      }
      final double ylo = lo;
      final double yhi = hi;
      java.util.function.DoubleUnaryOperator x =
          t -> left + (t - t0) / (t1 - t0) * (w - left - right);
      java.util.function.DoubleUnaryOperator y =
          v -> top + (yhi - v) / (yhi - ylo) * (bottom - top);
      for (Band b : p.truth()) {
        g.setColor(b.side() == Side.LEFT ? leftBand : rightBand);
        int x0 = (int) x.applyAsDouble(b.from());
        int x1 = (int) x.applyAsDouble(b.to());
        g.fillRect(x0, top, x1 - x0, bottom - top);
      }
      g.setColor(new Color(150, 150, 150));
      g.drawLine(left, (int) y.applyAsDouble(0), w - right, (int) y.applyAsDouble(0));
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
      for (double v : new double[] {ylo, 0, yhi}) {
        g.drawString(String.format("%+.2f", v), 5, (int) y.applyAsDouble(v) + 4);
      }
      for (int s = (int) Math.ceil(t0); s <= t1; s += 2) {
        g.drawString(s + " s", (int) x.applyAsDouble(s) - 8, bottom + 13);
      }
      series(g, p.samples(), x, y, Sample::drop, new Color(90, 90, 90), 1.2f);
      series(g, p.samples(), x, y, Sample::shift, new Color(40, 90, 200), 1.5f);
      series(g, p.samples(), x, y, Sample::vote, new Color(200, 40, 40), 2f);
      g.setColor(Color.BLACK);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
      g.drawString(p.title(), left, top - 6);
    }
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    g.drawString(
        "bands: knees dropped to the person's left (orange, towards these cameras) or right"
            + " (blue), from the ground truth",
        left,
        h - 27);
    g.drawString(
        "grey: knee drop   blue: near knee's shift along the body axis, relative to the hips (x3)"
            + "   red: side vote, + = left   (torso lengths)",
        left,
        h - 10);
    g.dispose();
    ImageIO.write(img, "png", file.toFile());
  }

  private static void series(
      Graphics2D g,
      List<Sample> samples,
      java.util.function.DoubleUnaryOperator x,
      java.util.function.DoubleUnaryOperator y,
      java.util.function.ToDoubleFunction<Sample> f,
      Color color,
      float width) {
    g.setColor(color);
    g.setStroke(new BasicStroke(width));
    for (int i = 1; i < samples.size(); i++) {
      Sample a = samples.get(i - 1);
      Sample b = samples.get(i);
      double va = f.applyAsDouble(a);
      double vb = f.applyAsDouble(b);
      if (b.t() - a.t() > 0.5 || Double.isNaN(va) || Double.isNaN(vb)) {
        continue;
      }
      g.drawLine(
          (int) x.applyAsDouble(a.t()),
          (int) y.applyAsDouble(va),
          (int) x.applyAsDouble(b.t()),
          (int) y.applyAsDouble(vb));
    }
    g.setStroke(new BasicStroke(1f));
  }
}
