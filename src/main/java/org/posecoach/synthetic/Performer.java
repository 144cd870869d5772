package org.posecoach.synthetic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.posecoach.motion.signal.ExerciseSignal;
import org.posecoach.motion.signal.ExerciseSignals;
import org.posecoach.motion.vocabulary.CameraView;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.ExerciseSettings;
import org.posecoach.motion.vocabulary.Side;
import org.posecoach.pose.KeypointLayout;
import org.posecoach.pose.Pose;
import org.posecoach.synthetic.SetPlanner.RepPlan;

/**
 * The synthetic performer: a person of a given size doing one exercise of the routine in front of a
 * synthetic webcam, filmed as the frames a pose model would give. The app's sample clip is this
 * performer doing cat-camels ({@code render.DemoClip}).
 *
 * <p>Knobs here: camera placement, keypoint layout, frame rate, keypoint noise, repetitions,
 * getting into position first, masks. Departures from an ordinary set (body size, tempo, partial,
 * jerky, fast and unheld repetitions, asymmetric sides, fidgeting, interruptions, nods) are a
 * {@link SetVariations}, and a {@link PerformanceObserver} is told each step as it is laid out;
 * both are the test fixtures' business (their {@code Performance} records the ground truth). The
 * same seed gives the same frames.
 *
 * <p>Cat-camel poses carry the person's mask ({@link Pose#mask()}), drawn from the body by {@link
 * SilhouetteRenderer} with the back bowed as the exercise drives it; other exercises' poses carry
 * one when asked for ({@link Builder#masks(boolean)}) or when their signal reads one.
 *
 * <pre>{@code
 * List<SyntheticFrame> frames = Performer.builder(ExerciseId.CAT_CAMEL, 42)
 *     .camera(CameraSetup.side(false))
 *     .reps(6)
 *     .build()
 *     .generate();
 * }</pre>
 */
public final class Performer {

  /**
   * Partial repetitions cover 40 % of the person's own range (counted from 50 %, shown from 30 %).
   */
  static final double PARTIAL_FRACTION = 0.4;

  /** Repetition amplitudes vary by up to 8 % around the person's range. */
  static final double AMPLITUDE_SPREAD = 0.08;

  /** A jerky repetition moves in two quick bursts with this stop between them. */
  static final double JERK_PAUSE_SECONDS = 0.7;

  /** Key poses on the way into position are 1.2-1.8 s apart. */
  static final double TRANSITION_MIN_SECONDS = 1.2;

  private final ExerciseId exercise;
  private final long seed;
  private final KeypointLayout layout;
  private final CameraSetup cameraSetup;
  private final double fps;
  private final NoiseSettings noise;
  private final int reps;
  private final boolean getIn;
  private final Boolean masks;
  private final SetVariations v;
  private final ExerciseSettings settings;
  private final PerformanceObserver observer;

  private Performer(Builder b) {
    this.exercise = b.exercise;
    this.seed = b.seed;
    this.layout = b.layout;
    this.cameraSetup = b.camera;
    this.fps = b.fps;
    this.noise = b.noise;
    this.reps = b.reps;
    this.getIn = b.getIn;
    this.masks = b.masks;
    this.v = b.variations;
    this.settings =
        v.settings() != null ? v.settings() : ExerciseSettings.builder(exercise).build();
    this.observer = b.observer;
  }

  public static Builder builder(ExerciseId exercise, long seed) {
    return new Builder(exercise, seed);
  }

  /**
   * Performs the set and films it: the frames in time order. The same settings and seed give the
   * same frames; the observer is told each step as it is laid out.
   */
  public List<SyntheticFrame> generate() {
    Random rnd = new Random(seed);
    ExerciseId ex = exercise;
    BodyDimensions dims = BodyDimensions.individual(v.heightM(), rnd);
    ExerciseMotion motion = new ExerciseMotion(ex, dims);
    Fidget fidget = new Fidget(v.fidgetLevel(), rnd);
    Map<Side, Double> rom = new EnumMap<>(Side.class);
    for (Side s : Side.values()) {
      double r = v.rangeOfMotion() * (1 + 0.05 * (2 * rnd.nextDouble() - 1));
      rom.put(s, ex == ExerciseId.THREAD_THE_NEEDLE ? Math.min(1.0, r) : r);
    }

    Skeleton start = motion.start(Fidget.State.NONE);
    Camera camera = Camera.place(cameraSetup, motion.frame(), fitPoses(motion, rom));
    PoseRenderer renderer = new PoseRenderer(camera, layout, motion.frame(), start, rnd);
    CameraView view = SignalProbe.viewOf(cameraSetup);
    boolean supportedView =
        cameraSetup.placement() != CameraSetup.Placement.HEAD
            && settings.allowedViews().contains(view);
    ExerciseSignal signal = supportedView ? ExerciseSignals.forExercise(ex, view) : null;
    boolean signalNeedsMask = signal != null && signal.needsMask();
    boolean masks = this.masks != null ? this.masks : ex == ExerciseId.CAT_CAMEL || signalNeedsMask;
    SilhouetteRenderer silhouette =
        masks || signalNeedsMask ? new SilhouetteRenderer(camera, dims) : null;
    SignalProbe probe =
        supportedView
            ? new SignalProbe(
                motion, renderer, signalNeedsMask ? silhouette : null, layout, signal, cameraSetup)
            : null;

    Timeline timeline = new Timeline();
    Take take = new Take(timeline, motion, fidget, probe, rom, rnd);
    List<Skeleton> wayIn = new ArrayList<>(motion.wayIn());
    wayIn.add(start);
    List<Skeleton> wayOut = new ArrayList<>(wayIn);
    Collections.reverse(wayOut);
    double legSeconds = TRANSITION_MIN_SECONDS + 0.6 * rnd.nextDouble();

    if (getIn) {
      Skeleton standing = wayIn.get(0);
      timeline.add(1.0, t -> standing, false);
      timeline.transition(wayIn, legSeconds);
    }
    if (v.idleSeconds() > 0) {
      take.hold(v.idleSeconds());
    } else {
      take.settle(2.0 + rnd.nextDouble());
    }

    List<RepPlan> plans =
        v.idleSeconds() > 0 ? List.of() : SetPlanner.plan(ex, settings.perSide(), reps, v, rnd);
    int leaveAt = v.leaveMidway() ? plans.size() / 2 : -1;
    int cutAt = v.outOfFrame() ? Math.max(1, plans.size() / 3) : -1;
    for (int i = 0; i < plans.size(); i++) {
      if (i == leaveAt) {
        double leaveStart = timeline.end();
        Skeleton standing = wayOut.get(wayOut.size() - 1);
        timeline.transition(wayOut, legSeconds);
        timeline.add(2.0, t -> standing, false);
        observer.leftPosition(leaveStart, timeline.end());
        timeline.transition(wayIn, legSeconds);
        take.settle(2.5);
      }
      if (i == cutAt) {
        double cutStart = timeline.end();
        timeline.add(3.0, t -> motion.start(fidget.at(t)), true);
        observer.outOfFrame(cutStart, timeline.end());
        take.settle(2.5);
      }
      double pause = v.maxPauseSeconds() * rnd.nextDouble();
      if (pause > 0.05) {
        take.hold(pause);
      }
      rep(take, plans.get(i));
    }
    observer.repetitionsDone();
    take.hold(1.5 + rnd.nextDouble());
    if (v.getOut()) {
      double outStart = timeline.end();
      Skeleton standing = wayOut.get(wayOut.size() - 1);
      timeline.transition(wayOut, legSeconds);
      timeline.add(1.0, t -> standing, false);
      observer.gotOut(outStart, timeline.end());
    }
    observer.finished(timeline.end(), supportedView, supportedView && probe.sidesComparable());

    TimelineRenderer.Filming filming =
        new TimelineRenderer.Filming(exercise, seed, layout, cameraSetup, fps, noise);
    return TimelineRenderer.render(timeline, renderer, masks ? silhouette : null, rnd, filming);
  }

  private List<Skeleton> fitPoses(ExerciseMotion motion, Map<Side, Double> rom) {
    List<Skeleton> fit = new ArrayList<>();
    fit.add(motion.start(Fidget.State.NONE));
    double extra = 1 + AMPLITUDE_SPREAD;
    for (Side s : Side.values()) {
      double r = rom.get(s) * extra;
      switch (exercise) {
        case LUMBAR_ROTATION -> fit.add(motion.pose(s.sign() * r, null, Fidget.State.NONE));
        case KNEES_TO_CHEST, PRAYER_STRETCH -> fit.add(motion.pose(r, null, Fidget.State.NONE));
        case GLUTE_STRETCH -> fit.add(motion.pose(r, s, Fidget.State.NONE));
        case CAT_CAMEL -> fit.add(motion.pose(s.sign() * r, null, Fidget.State.NONE));
        case THREAD_THE_NEEDLE -> {
          fit.add(motion.pose(1.0, s, Fidget.State.NONE));
          fit.add(motion.pose(-1.0, s, Fidget.State.NONE));
        }
        default -> throw new AssertionError(exercise);
      }
    }
    return fit;
  }

  /**
   * The set as it is laid out: the timeline so far and what every step draws on, the body's motion
   * and fidgeting, the probe that sizes repetitions in the coach's own signal (null in a view the
   * coach does not read), the person's range of motion per side, and the random source.
   */
  private record Take(
      Timeline timeline,
      ExerciseMotion motion,
      Fidget fidget,
      SignalProbe probe,
      Map<Side, Double> rom,
      Random rnd) {

    /** Holding the start position, fidgeting as the set's fidget level has it. */
    void hold(double seconds) {
      double start = timeline.end();
      timeline.add(seconds, t -> motion.start(fidget.at(start + t)), false);
    }

    /**
     * Settling into the start position before the first repetition (and after coming back): the
     * person holds still, as the coach's "hold still" asks, fidgeting only a little.
     */
    void settle(double seconds) {
      double start = timeline.end();
      timeline.add(seconds, t -> motion.start(fidget.moving(start + t)), false);
    }
  }

  /** One repetition: its drive path and its span, reported to the observer. */
  private void rep(Take take, RepPlan plan) {
    Map<Side, Double> rom = take.rom();
    SignalProbe probe = take.probe();
    double tempo = v.tempoFactor() * (plan.secondHalf() ? v.tempoChange() : 1.0);
    double spread = 1 + AMPLITUDE_SPREAD * (2 * take.rnd().nextDouble() - 1);
    ExerciseId ex = exercise;
    if (ex == ExerciseId.CAT_CAMEL) {
      catCamelCycle(take, plan, tempo);
      return;
    }
    Side side = plan.side();
    Side ampSide = side == null ? Side.LEFT : side;
    double full = rom.get(ampSide) * spread;
    // Lumbar rotation carries its side in the drive's sign; the others take the side apart.
    double sign = ex == ExerciseId.LUMBAR_ROTATION && side != null ? side.sign() : 1;
    // Weak-side and partial repetitions are sized in the coach's own signal (SignalProbe): a bug in
    // that signal rescales them too, so they cannot reveal it (see docs/motion.md).
    if (v.asymmetryWeakSide() != null && side == v.asymmetryWeakSide() && probe != null) {
      double strongSign = ex == ExerciseId.LUMBAR_ROTATION ? -sign : 1;
      double strong =
          probe.excursion(strongSign * rom.get(side.opposite()), driveSide(side.opposite()));
      full =
          Math.abs(
                  probe.driveFor(
                      v.asymmetryFactor() * strong, driveSide(side), sign * rom.get(side) * 1.5))
              * spread;
    }
    if (ex == ExerciseId.THREAD_THE_NEEDLE) {
      full = Math.min(1.0, full);
    }
    double amp = full;
    if (plan.kind() == RepKind.PARTIAL && probe != null) {
      double own = probe.excursion(sign * rom.get(ampSide), driveSide(side));
      amp =
          Math.abs(
              probe.driveFor(PARTIAL_FRACTION * own, driveSide(side), sign * rom.get(ampSide)));
    }
    DrivePath path = path(ex, plan.kind(), amp, tempo, take.rnd());
    Side poseSide = ex == ExerciseId.LUMBAR_ROTATION ? null : side;
    Timeline timeline = take.timeline();
    double start = timeline.end();
    timeline.add(
        path.duration(),
        t -> take.motion().pose(sign * path.value(t), poseSide, take.fidget().moving(start + t)),
        false);
    observer.repetition(plan.kind(), side, start, timeline.end(), path.peakTime());
  }

  /** For the probe: the side argument the exercise's pose takes. */
  private Side driveSide(Side side) {
    return exercise == ExerciseId.LUMBAR_ROTATION ? null : side;
  }

  private DrivePath path(ExerciseId ex, RepKind kind, double amp, double tempo, Random rnd) {
    double jitter = 1 + 0.1 * (2 * rnd.nextDouble() - 1);
    double k = tempo * jitter;
    boolean fast = kind == RepKind.FAST;
    return switch (ex) {
      case LUMBAR_ROTATION ->
          outAndBack(amp, fast ? 0.38 : 1.3 * k, fast ? 0 : 0.25 * k, fast ? 0.38 : 1.3 * k, kind);
      case KNEES_TO_CHEST ->
          outAndBack(
              amp,
              fast ? 0.55 : 1.4 * k,
              fast || kind == RepKind.NO_HOLD ? 0 : 1.5 + 0.5 * rnd.nextDouble(),
              fast ? 0.55 : 1.4 * k,
              kind);
      case PRAYER_STRETCH ->
          outAndBack(amp, fast ? 0.55 : 1.6 * k, fast ? 0 : 0.6, fast ? 0.55 : 1.6 * k, kind);
      case GLUTE_STRETCH ->
          outAndBack(
              amp,
              1.5,
              kind == RepKind.SHORT_HOLD ? 5 + 2 * rnd.nextDouble() : 11.2 + 1.3 * rnd.nextDouble(),
              1.5,
              kind);
      case THREAD_THE_NEEDLE -> {
        DrivePath p = new DrivePath(0);
        if (fast) {
          yield p.to(-1, 0.6).to(amp, 0.7).to(0, 0.5);
        }
        p.to(-1, 1.5 * k)
            .hold(0.6)
            .to(amp * (kind == RepKind.JERKY ? 0.2 : 1), kind == RepKind.JERKY ? 0.9 : 2.4 * k);
        if (kind == RepKind.JERKY) {
          p.to(amp * 0.55, 0.25, DrivePath.Shape.MIN_JERK)
              .hold(JERK_PAUSE_SECONDS)
              .to(amp, 0.25, DrivePath.Shape.MIN_JERK);
        }
        yield p.hold(0.8).to(0, 2.0 * k);
      }
      case CAT_CAMEL -> throw new AssertionError("cat-camel cycles are built separately");
    };
  }

  private static DrivePath outAndBack(
      double amp, double out, double hold, double back, RepKind kind) {
    DrivePath p = new DrivePath(0);
    if (kind == RepKind.JERKY) {
      p.to(0.5 * amp, 0.25, DrivePath.Shape.MIN_JERK)
          .hold(JERK_PAUSE_SECONDS)
          .to(amp, 0.25, DrivePath.Shape.MIN_JERK);
    } else {
      p.to(amp, out);
    }
    return p.hold(hold).to(0, back);
  }

  /** One cat-camel cycle: one end, through neutral, the other end, back to neutral. */
  private void catCamelCycle(Take take, RepPlan plan, double tempo) {
    Map<Side, Double> rom = take.rom();
    Random rnd = take.rnd();
    boolean catFirst = v.catFirst();
    double period =
        plan.kind() == RepKind.FAST ? 1.7 : 5.5 * tempo * (1 + 0.1 * (2 * rnd.nextDouble() - 1));
    // Side.RIGHT carries the cat's (negative) range, Side.LEFT the camel's.
    double cat = rom.get(Side.RIGHT) * (1 + AMPLITUDE_SPREAD * (2 * rnd.nextDouble() - 1));
    double camel = rom.get(Side.LEFT) * (1 + AMPLITUDE_SPREAD * (2 * rnd.nextDouble() - 1));
    boolean firstPartial = plan.kind() == RepKind.PARTIAL;
    SignalProbe probe = take.probe();
    if (firstPartial && probe != null) {
      // Sized in the coach's own signal: a bug there rescales this end too (see SignalProbe).
      double maxFirst = catFirst ? -rom.get(Side.RIGHT) : rom.get(Side.LEFT);
      double own = probe.excursion(maxFirst, null);
      double d = probe.driveFor(PARTIAL_FRACTION * own, null, maxFirst);
      if (catFirst) {
        cat = -d;
      } else {
        camel = d;
      }
    }
    double e1 = catFirst ? -cat : camel;
    double e2 = catFirst ? camel : -cat;
    double q = period / 4;
    DrivePath p = new DrivePath(0);
    if (plan.kind() == RepKind.JERKY) {
      p.to(0.5 * e1, 0.25, DrivePath.Shape.MIN_JERK)
          .hold(JERK_PAUSE_SECONDS)
          .to(e1, 0.25, DrivePath.Shape.MIN_JERK)
          .to(0, q);
    } else {
      p.to(e1, q).to(0, q);
    }
    p.to(e2, q).to(0, q);
    ExerciseMotion.CatCamelMoves moves =
        switch (plan.kind()) {
          case NOD -> ExerciseMotion.CatCamelMoves.HEAD;
          case BACK_ONLY -> ExerciseMotion.CatCamelMoves.BACK;
          default -> ExerciseMotion.CatCamelMoves.BACK_AND_HEAD;
        };
    Timeline timeline = take.timeline();
    double start = timeline.end();
    timeline.add(
        p.duration(),
        t -> take.motion().catCamel(p.value(t), moves, take.fidget().moving(start + t)),
        false);
    double firstPeak = start + (plan.kind() == RepKind.JERKY ? 1.0 : q);
    double secondPeak = start + p.duration() - q;
    observer.catCamelCycle(
        plan.kind(), start, timeline.end(), q, e1 > 0, e2 > 0, firstPeak, secondPeak);
  }

  /** The knobs, with defaults for an ordinary, well-filmed set. */
  public static final class Builder {
    private final ExerciseId exercise;
    private final long seed;
    private KeypointLayout layout = KeypointLayout.BLAZEPOSE_33;
    private CameraSetup camera = CameraSetup.side(true);
    private double fps = 30;
    private NoiseSettings noise = NoiseSettings.TYPICAL;
    private int reps = 5;
    private boolean getIn;
    private Boolean masks;
    private SetVariations variations = SetVariations.ORDINARY;
    private PerformanceObserver observer = PerformanceObserver.NONE;

    private Builder(ExerciseId exercise, long seed) {
      this.exercise = Objects.requireNonNull(exercise, "exercise");
      this.seed = seed;
    }

    public Builder layout(KeypointLayout layout) {
      this.layout = layout;
      return this;
    }

    public Builder camera(CameraSetup camera) {
      this.camera = camera;
      return this;
    }

    public Builder fps(double fps) {
      this.fps = fps;
      return this;
    }

    public Builder noise(NoiseSettings noise) {
      this.noise = noise;
      return this;
    }

    /** Full repetitions (per side for sided exercises; holds for the glute stretch). */
    public Builder reps(int reps) {
      this.reps = reps;
      return this;
    }

    /** Starts standing and gets into the start position first. */
    public Builder getIn(boolean getIn) {
      this.getIn = getIn;
      return this;
    }

    /**
     * Whether the poses carry the person's mask. By default cat-camel's do (its back is read from
     * the mask), as do those of an exercise whose signal reads one; others don't (masks cost time).
     */
    public Builder masks(boolean masks) {
      this.masks = masks;
      return this;
    }

    /** How the set departs from an ordinary one. */
    Builder variations(SetVariations variations) {
      this.variations = Objects.requireNonNull(variations, "variations");
      return this;
    }

    /** Told each step of the performance as it is laid out. */
    Builder observer(PerformanceObserver observer) {
      this.observer = Objects.requireNonNull(observer, "observer");
      return this;
    }

    public Performer build() {
      if (!(fps >= 5 && fps <= 120)) {
        throw new IllegalArgumentException("fps must be 5-120, got " + fps);
      }
      if ((variations.nodReps() > 0 || variations.backOnlyReps() > 0)
          && exercise != ExerciseId.CAT_CAMEL) {
        throw new IllegalArgumentException(
            "nods and back-only repetitions are cat-camel's, not " + exercise.id() + "'s");
      }
      return new Performer(this);
    }
  }
}
