package org.posecoach.synthetic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.posecoach.motion.signal.ExerciseSignal;
import org.posecoach.motion.signal.ExerciseSignals;
import org.posecoach.motion.vocabulary.CameraView;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.ExerciseSettings;
import org.posecoach.motion.vocabulary.FormIssue;
import org.posecoach.motion.vocabulary.Side;
import org.posecoach.pose.Joint;
import org.posecoach.pose.KeypointLayout;
import org.posecoach.pose.PersonMask;
import org.posecoach.pose.Pose;

/**
 * The synthetic performer: a person of a given size doing one exercise of the routine in front of a
 * synthetic webcam, producing a pose stream with known ground truth.
 *
 * <p>Knobs: body size, camera placement (side left/right at any height and distance, feet, head),
 * mirrored image, frame rate, keypoint layout, tempo and tempo changes, pauses between repetitions,
 * partial, jerky, fast and unheld repetitions, asymmetric sides, fidgeting, getting into and out of
 * position, leaving the position midway, part of the body leaving the image, keypoint noise,
 * dropped frames, lost joints and confidence drops; for cat-camel, nods (the head alone) and
 * repetitions of the back alone. The same seed gives the same stream.
 *
 * <p>Cat-camel poses carry the person's mask ({@link Pose#mask()}), drawn from the body by {@link
 * SilhouetteRenderer} with the back bowed as the exercise drives it; other exercises' poses carry
 * one when asked for ({@link Builder#masks(boolean)}) or when their signal reads one.
 *
 * <pre>{@code
 * SyntheticStream s = Performance.builder(ExerciseId.CAT_CAMEL, 42)
 *     .camera(CameraSetup.side(false))
 *     .reps(6)
 *     .fast(true)
 *     .build()
 *     .generate();
 * s.truth().total();   // 6, each with a TOO_FAST event expected
 * }</pre>
 */
public final class Performance {

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

  /** A count may come this long after the repetition's end (smoothing lag, dwell). */
  static final double COUNT_LATENCY_SECONDS = 1.2;

  /** A completed hold may be reported this long after its nominal end (paused by wobbles). */
  static final double HOLD_COUNT_LATENCY_SECONDS = 3.0;

  /** A form event may come this long after the repetition's end. */
  static final double EVENT_LATENCY_SECONDS = 2.0;

  private final Builder b;

  private Performance(Builder b) {
    this.b = b;
  }

  public static Builder builder(ExerciseId exercise, long seed) {
    return new Builder(exercise, seed);
  }

  /** What kind of repetition the performer does. */
  private enum Kind {
    NORMAL,
    PARTIAL,
    JERKY,
    FAST,
    NO_HOLD,
    SHORT_HOLD,
    /** Cat-camel: only the head goes through the cycle. */
    NOD,
    /** Cat-camel: only the back goes through the cycle. */
    BACK_ONLY
  }

  private record Plan(Side side, Kind kind, boolean secondHalf) {}

  /** Generates the stream. */
  public SyntheticStream generate() {
    Random rnd = new Random(b.seed);
    ExerciseId ex = b.exercise;
    BodyDimensions dims = BodyDimensions.individual(b.heightM, rnd);
    ExerciseMotion motion = new ExerciseMotion(ex, dims);
    Fidget fidget = new Fidget(b.fidgetLevel, rnd);
    Map<Side, Double> rom = new EnumMap<>(Side.class);
    for (Side s : Side.values()) {
      double r = b.rom * (1 + 0.05 * (2 * rnd.nextDouble() - 1));
      rom.put(s, ex == ExerciseId.THREAD_THE_NEEDLE ? Math.min(1.0, r) : r);
    }

    Skeleton start = motion.start(Fidget.State.NONE);
    Camera camera = Camera.place(b.camera, motion.frame(), fitPoses(motion, rom));
    PoseRenderer renderer = new PoseRenderer(camera, b.layout, motion.frame(), start, rnd);
    CameraView view = SignalProbe.viewOf(b.camera);
    boolean supportedView =
        b.camera.placement() != CameraSetup.Placement.HEAD
            && b.settings.allowedViews().contains(view);
    ExerciseSignal signal = supportedView ? ExerciseSignals.forExercise(ex, view) : null;
    boolean signalNeedsMask = signal != null && signal.needsMask();
    boolean masks = b.masks != null ? b.masks : ex == ExerciseId.CAT_CAMEL || signalNeedsMask;
    SilhouetteRenderer silhouette =
        masks || signalNeedsMask ? new SilhouetteRenderer(camera, dims) : null;
    SignalProbe probe =
        supportedView
            ? new SignalProbe(
                motion, renderer, signalNeedsMask ? silhouette : null, b.layout, signal, b.camera)
            : null;

    Timeline timeline = new Timeline();
    Truth truth = new Truth(ex, b.settings);
    List<Skeleton> wayIn = new ArrayList<>(motion.wayIn());
    wayIn.add(start);
    List<Skeleton> wayOut = new ArrayList<>(wayIn);
    Collections.reverse(wayOut);
    double legSeconds = TRANSITION_MIN_SECONDS + 0.6 * rnd.nextDouble();

    if (b.getIn) {
      Skeleton standing = wayIn.get(0);
      timeline.add(1.0, t -> standing, false);
      timeline.transition(wayIn, legSeconds);
    }
    if (b.idleSeconds > 0) {
      hold(timeline, motion, fidget, b.idleSeconds);
    } else {
      settle(timeline, motion, fidget, 2.0 + rnd.nextDouble());
    }

    List<Plan> plans = b.idleSeconds > 0 ? List.of() : plan(rnd);
    int leaveAt = b.leaveMidway ? plans.size() / 2 : -1;
    int cutAt = b.outOfFrame ? Math.max(1, plans.size() / 3) : -1;
    // A run of nods expects one "head only" cue; NaN while none is under way.
    double nodsFrom = Double.NaN;
    for (int i = 0; i < plans.size(); i++) {
      boolean nod = plans.get(i).kind() == Kind.NOD;
      if (!nod || i == leaveAt || i == cutAt) {
        nodsFrom = endNods(truth, nodsFrom, timeline.end());
      }
      if (i == leaveAt) {
        double leaveStart = timeline.end();
        Skeleton standing = wayOut.get(wayOut.size() - 1);
        timeline.transition(wayOut, legSeconds);
        timeline.add(2.0, t -> standing, false);
        truth.event(FormIssue.WRONG_POSITION, null, leaveStart, timeline.end());
        timeline.transition(wayIn, legSeconds);
        settle(timeline, motion, fidget, 2.5);
      }
      if (i == cutAt) {
        double cutStart = timeline.end();
        timeline.add(3.0, t -> motion.start(fidget.at(t)), true);
        truth.event(FormIssue.OUT_OF_FRAME, null, cutStart + 0.5, timeline.end() + 1.0);
        // Two of the three seconds unseen: the coach says where to put the camera.
        truth.event(FormIssue.CAMERA_PLACEMENT, null, cutStart + 1.5, timeline.end() + 1.0);
        settle(timeline, motion, fidget, 2.5);
      }
      double pause = b.maxPauseSeconds * rnd.nextDouble();
      if (pause > 0.05) {
        hold(timeline, motion, fidget, pause);
      }
      if (nod && Double.isNaN(nodsFrom)) {
        nodsFrom = timeline.end();
      }
      rep(timeline, truth, motion, fidget, probe, rom, plans.get(i), rnd);
    }
    endNods(truth, nodsFrom, timeline.end());
    hold(timeline, motion, fidget, 1.5 + rnd.nextDouble());
    if (b.getOut) {
      double outStart = timeline.end();
      Skeleton standing = wayOut.get(wayOut.size() - 1);
      timeline.transition(wayOut, legSeconds);
      timeline.add(1.0, t -> standing, false);
      if (truth.fullRepsBelowTarget()) {
        truth.event(FormIssue.WRONG_POSITION, null, outStart, timeline.end() + 1.0);
      }
    }
    if (!supportedView) {
      truth.wrongView(timeline.end());
    } else if (probe.sidesComparable()) {
      truth.finishAsymmetry(timeline.end());
    }

    List<SyntheticFrame> frames = render(timeline, renderer, masks ? silhouette : null, rnd);
    return new SyntheticStream(description(), b.settings, frames, truth.build());
  }

  /**
   * Closes a run of nods begun at {@code from} (NaN: none) and ended at {@code to}: one "head only"
   * cue is expected for it. Returns NaN, for the next run.
   */
  private static double endNods(Truth truth, double from, double to) {
    if (!Double.isNaN(from)) {
      truth.event(FormIssue.HEAD_ONLY, null, from, to + EVENT_LATENCY_SECONDS);
    }
    return Double.NaN;
  }

  private List<Skeleton> fitPoses(ExerciseMotion motion, Map<Side, Double> rom) {
    List<Skeleton> fit = new ArrayList<>();
    fit.add(motion.start(Fidget.State.NONE));
    double extra = 1 + AMPLITUDE_SPREAD;
    for (Side s : Side.values()) {
      double r = rom.get(s) * extra;
      switch (b.exercise) {
        case LUMBAR_ROTATION -> fit.add(motion.pose(s.sign() * r, null, Fidget.State.NONE));
        case KNEES_TO_CHEST, PRAYER_STRETCH -> fit.add(motion.pose(r, null, Fidget.State.NONE));
        case GLUTE_STRETCH -> fit.add(motion.pose(r, s, Fidget.State.NONE));
        case CAT_CAMEL -> fit.add(motion.pose(s.sign() * r, null, Fidget.State.NONE));
        case THREAD_THE_NEEDLE -> {
          fit.add(motion.pose(1.0, s, Fidget.State.NONE));
          fit.add(motion.pose(-1.0, s, Fidget.State.NONE));
        }
        default -> throw new AssertionError(b.exercise);
      }
    }
    return fit;
  }

  private void hold(Timeline timeline, ExerciseMotion motion, Fidget fidget, double seconds) {
    double start = timeline.end();
    timeline.add(seconds, t -> motion.start(fidget.at(start + t)), false);
  }

  /**
   * Settling into the start position before the first repetition (and after coming back): the
   * person holds still, as the coach's "hold still" asks, fidgeting only a little.
   */
  private void settle(Timeline timeline, ExerciseMotion motion, Fidget fidget, double seconds) {
    double start = timeline.end();
    timeline.add(seconds, t -> motion.start(fidget.moving(start + t)), false);
  }

  /** The sequence of repetitions: sides, kinds, tempo halves. */
  private List<Plan> plan(Random rnd) {
    ExerciseId ex = b.exercise;
    List<Side> sides = new ArrayList<>();
    Side first = rnd.nextBoolean() ? Side.LEFT : Side.RIGHT;
    if (!b.settings.perSide()) {
      for (int i = 0; i < b.reps; i++) {
        sides.add(null);
      }
    } else if (ex == ExerciseId.LUMBAR_ROTATION) {
      for (int i = 0; i < 2 * b.reps; i++) {
        sides.add(i % 2 == 0 ? first : first.opposite());
      }
    } else {
      for (int i = 0; i < 2 * b.reps; i++) {
        sides.add(i < b.reps ? first : first.opposite());
      }
    }
    List<Plan> plans = new ArrayList<>();
    int n = sides.size();
    for (int i = 0; i < n; i++) {
      Kind kind = b.fast ? Kind.FAST : Kind.NORMAL;
      plans.add(new Plan(sides.get(i), kind, i >= n / 2));
    }
    // Jerky and unheld repetitions replace normal ones, anywhere after the first.
    replace(plans, Kind.JERKY, b.jerkyReps, rnd, 1);
    replace(plans, Kind.NO_HOLD, b.noHoldReps, rnd, 1);
    // Cycles of the back alone replace ordinary ones anywhere, the first included.
    replace(plans, Kind.BACK_ONLY, b.backOnlyReps, rnd, 0);
    if (b.shortHold && ex == ExerciseId.GLUTE_STRETCH) {
      // A hold released early, then done again in full.
      Plan p = plans.get(0);
      plans.add(0, new Plan(p.side(), Kind.SHORT_HOLD, false));
    }
    // Partial repetitions are extra ones, on the side of the repetition before them, once that
    // side is calibrated (three full repetitions done there) and not next to another partial.
    for (int k = 0; k < b.partialReps; k++) {
      List<Integer> slots = new ArrayList<>();
      Map<Side, Integer> full = new EnumMap<>(Side.class);
      int unsided = 0;
      for (int i = 1; i <= plans.size(); i++) {
        Plan prev = plans.get(i - 1);
        if (prev.kind() != Kind.PARTIAL) {
          if (prev.side() == null) {
            unsided++;
          } else {
            full.merge(prev.side(), 1, Integer::sum);
          }
        }
        int done = prev.side() == null ? unsided : full.getOrDefault(prev.side(), 0);
        boolean nextIsPartial = i < plans.size() && plans.get(i).kind() == Kind.PARTIAL;
        if (done >= 3 && prev.kind() != Kind.PARTIAL && !nextIsPartial) {
          slots.add(i);
        }
      }
      if (slots.isEmpty()) {
        break;
      }
      int at = slots.get(rnd.nextInt(slots.size()));
      Plan prev = plans.get(at - 1);
      plans.add(at, new Plan(prev.side(), Kind.PARTIAL, prev.secondHalf()));
    }
    if (b.nodReps > 0) {
      // One run of nods, anywhere (before the first cycle too) but not straight after a partial
      // cycle, whose reached end still waits for the other.
      List<Integer> slots = new ArrayList<>();
      for (int i = 0; i <= plans.size(); i++) {
        if (i == 0 || plans.get(i - 1).kind() != Kind.PARTIAL) {
          slots.add(i);
        }
      }
      int at = slots.get(rnd.nextInt(slots.size()));
      boolean secondHalf = at > 0 && plans.get(at - 1).secondHalf();
      for (int k = 0; k < b.nodReps; k++) {
        plans.add(at, new Plan(null, Kind.NOD, secondHalf));
      }
    }
    return plans;
  }

  /** Turns {@code count} ordinary plans, from index {@code first} on, into {@code kind}. */
  private static void replace(List<Plan> plans, Kind kind, int count, Random rnd, int first) {
    for (int k = 0; k < count; k++) {
      List<Integer> normal = new ArrayList<>();
      for (int i = first; i < plans.size(); i++) {
        if (plans.get(i).kind() == Kind.NORMAL) {
          normal.add(i);
        }
      }
      if (normal.isEmpty()) {
        return;
      }
      int at = normal.get(rnd.nextInt(normal.size()));
      Plan p = plans.get(at);
      plans.set(at, new Plan(p.side(), kind, p.secondHalf()));
    }
  }

  /** One repetition: its drive path, its span, and what it adds to the ground truth. */
  private void rep(
      Timeline timeline,
      Truth truth,
      ExerciseMotion motion,
      Fidget fidget,
      SignalProbe probe,
      Map<Side, Double> rom,
      Plan plan,
      Random rnd) {
    double tempo = b.tempoFactor * (plan.secondHalf() ? b.tempoChange : 1.0);
    double spread = 1 + AMPLITUDE_SPREAD * (2 * rnd.nextDouble() - 1);
    ExerciseId ex = b.exercise;
    if (ex == ExerciseId.CAT_CAMEL) {
      catCamelCycle(timeline, truth, motion, fidget, probe, rom, plan, tempo, rnd);
      return;
    }
    Side side = plan.side();
    Side ampSide = side == null ? Side.LEFT : side;
    double full = rom.get(ampSide) * spread;
    // Lumbar rotation carries its side in the drive's sign; the others take the side apart.
    double sign = ex == ExerciseId.LUMBAR_ROTATION && side != null ? side.sign() : 1;
    if (b.asymmetryWeakSide != null && side == b.asymmetryWeakSide && probe != null) {
      double strongSign = ex == ExerciseId.LUMBAR_ROTATION ? -sign : 1;
      double strong =
          probe.excursion(strongSign * rom.get(side.opposite()), driveSide(side.opposite()));
      full =
          Math.abs(
                  probe.driveFor(
                      b.asymmetryFactor * strong, driveSide(side), sign * rom.get(side) * 1.5))
              * spread;
    }
    if (ex == ExerciseId.THREAD_THE_NEEDLE) {
      full = Math.min(1.0, full);
    }
    double amp = full;
    if (plan.kind() == Kind.PARTIAL && probe != null) {
      double own = probe.excursion(sign * rom.get(ampSide), driveSide(side));
      amp =
          Math.abs(
              probe.driveFor(PARTIAL_FRACTION * own, driveSide(side), sign * rom.get(ampSide)));
    }
    DrivePath path = path(ex, plan.kind(), amp, tempo, rnd);
    Side poseSide = ex == ExerciseId.LUMBAR_ROTATION ? null : side;
    double start = timeline.end();
    timeline.add(
        path.duration(),
        t -> motion.pose(sign * path.value(t), poseSide, fidget.moving(start + t)),
        false);
    double end = timeline.end();
    truth.rep(plan.kind() == Kind.PARTIAL ? null : side, plan, start, end, path, amp);
    switch (plan.kind()) {
      case PARTIAL -> truth.event(FormIssue.TOO_SMALL, side, start, end + EVENT_LATENCY_SECONDS);
      case JERKY -> truth.event(FormIssue.JERKY, side, start, end + EVENT_LATENCY_SECONDS);
      case FAST -> {
        if (b.settings.minSecondsPerRep() > 0) {
          truth.event(FormIssue.TOO_FAST, side, start, end + EVENT_LATENCY_SECONDS);
        }
        if (b.settings.holdSeconds() > 0 && b.settings.holdSeconds() < 5) {
          truth.event(FormIssue.HOLD_TOO_SHORT, side, start, end + EVENT_LATENCY_SECONDS);
        }
      }
      case NO_HOLD, SHORT_HOLD ->
          truth.event(FormIssue.HOLD_TOO_SHORT, side, start, end + EVENT_LATENCY_SECONDS);
      default -> {}
    }
  }

  /** For the probe: the side argument the exercise's pose takes. */
  private Side driveSide(Side side) {
    return b.exercise == ExerciseId.LUMBAR_ROTATION ? null : side;
  }

  private DrivePath path(ExerciseId ex, Kind kind, double amp, double tempo, Random rnd) {
    double jitter = 1 + 0.1 * (2 * rnd.nextDouble() - 1);
    double k = tempo * jitter;
    boolean fast = kind == Kind.FAST;
    return switch (ex) {
      case LUMBAR_ROTATION ->
          outAndBack(amp, fast ? 0.38 : 1.3 * k, fast ? 0 : 0.25 * k, fast ? 0.38 : 1.3 * k, kind);
      case KNEES_TO_CHEST ->
          outAndBack(
              amp,
              fast ? 0.55 : 1.4 * k,
              fast || kind == Kind.NO_HOLD ? 0 : 1.5 + 0.5 * rnd.nextDouble(),
              fast ? 0.55 : 1.4 * k,
              kind);
      case PRAYER_STRETCH ->
          outAndBack(amp, fast ? 0.55 : 1.6 * k, fast ? 0 : 0.6, fast ? 0.55 : 1.6 * k, kind);
      case GLUTE_STRETCH ->
          outAndBack(
              amp,
              1.5,
              kind == Kind.SHORT_HOLD ? 5 + 2 * rnd.nextDouble() : 11.2 + 1.3 * rnd.nextDouble(),
              1.5,
              kind);
      case THREAD_THE_NEEDLE -> {
        DrivePath p = new DrivePath(0);
        if (fast) {
          yield p.to(-1, 0.6).to(amp, 0.7).to(0, 0.5);
        }
        p.to(-1, 1.5 * k)
            .hold(0.6)
            .to(amp * (kind == Kind.JERKY ? 0.2 : 1), kind == Kind.JERKY ? 0.9 : 2.4 * k);
        if (kind == Kind.JERKY) {
          p.to(amp * 0.55, 0.25, DrivePath.Shape.MIN_JERK)
              .hold(JERK_PAUSE_SECONDS)
              .to(amp, 0.25, DrivePath.Shape.MIN_JERK);
        }
        yield p.hold(0.8).to(0, 2.0 * k);
      }
      case CAT_CAMEL -> throw new AssertionError("cat-camel cycles are built separately");
    };
  }

  private static DrivePath outAndBack(double amp, double out, double hold, double back, Kind kind) {
    DrivePath p = new DrivePath(0);
    if (kind == Kind.JERKY) {
      p.to(0.5 * amp, 0.25, DrivePath.Shape.MIN_JERK)
          .hold(JERK_PAUSE_SECONDS)
          .to(amp, 0.25, DrivePath.Shape.MIN_JERK);
    } else {
      p.to(amp, out);
    }
    return p.hold(hold).to(0, back);
  }

  /** One cat-camel cycle: one end, through neutral, the other end, back to neutral. */
  private void catCamelCycle(
      Timeline timeline,
      Truth truth,
      ExerciseMotion motion,
      Fidget fidget,
      SignalProbe probe,
      Map<Side, Double> rom,
      Plan plan,
      double tempo,
      Random rnd) {
    boolean catFirst = b.catFirst;
    double period =
        plan.kind() == Kind.FAST ? 1.7 : 5.5 * tempo * (1 + 0.1 * (2 * rnd.nextDouble() - 1));
    // Side.RIGHT carries the cat's (negative) range, Side.LEFT the camel's.
    double cat = rom.get(Side.RIGHT) * (1 + AMPLITUDE_SPREAD * (2 * rnd.nextDouble() - 1));
    double camel = rom.get(Side.LEFT) * (1 + AMPLITUDE_SPREAD * (2 * rnd.nextDouble() - 1));
    boolean firstPartial = plan.kind() == Kind.PARTIAL;
    if (firstPartial && probe != null) {
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
    if (plan.kind() == Kind.JERKY) {
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
    double start = timeline.end();
    timeline.add(
        p.duration(), t -> motion.catCamel(p.value(t), moves, fidget.moving(start + t)), false);
    if (plan.kind() == Kind.NOD) {
      // The back stays still: no end is reached (the run's cue is expected by the caller).
      return;
    }
    double firstPeak = start + (plan.kind() == Kind.JERKY ? 1.0 : q);
    double secondPeak = start + p.duration() - q;
    truth.catCamelEnd(e1 > 0, !firstPartial, firstPeak, q, plan);
    truth.catCamelEnd(e2 > 0, true, secondPeak, q, plan);
    if (firstPartial) {
      truth.event(FormIssue.TOO_SMALL, null, start, start + 2 * q + EVENT_LATENCY_SECONDS);
    }
    if (plan.kind() == Kind.JERKY) {
      truth.event(FormIssue.JERKY, null, start, start + p.duration() + EVENT_LATENCY_SECONDS);
    }
  }

  /**
   * The frames: each moment's body rendered, spoiled by the model's noise, with its mask when
   * {@code silhouette} is given.
   */
  private List<SyntheticFrame> render(
      Timeline timeline, PoseRenderer renderer, SilhouetteRenderer silhouette, Random rnd) {
    KeypointNoise noise =
        new KeypointNoise(b.noise, b.layout, rnd, new Random(b.seed * 7907 + 101), b.fps);
    // The mask's noise has its own random numbers: masks leave the keypoints as they were.
    SilhouetteRenderer.EdgeNoise edgeNoise =
        new SilhouetteRenderer.EdgeNoise(b.noise.jitter(), b.fps, new Random(b.seed * 6151 + 211));
    boolean[] far = new boolean[b.layout.size()];
    for (int i = 0; i < far.length; i++) {
      Joint j = b.layout.joints().get(i);
      far[i] =
          !renderer.endOn()
              && ((j.isLeft() && !renderer.leftIsNear()) || (j.isRight() && renderer.leftIsNear()));
    }
    List<Joint> cut = cutJoints();
    Set<Joint> hiddenWhenCut = Set.copyOf(cut);
    List<SyntheticFrame> frames = new ArrayList<>();
    int count = (int) Math.floor(timeline.end() * b.fps);
    for (int k = 0; k < count; k++) {
      double t = k / b.fps + 0.0015 * (2 * rnd.nextDouble() - 1);
      t = Math.max(t, 0);
      long nanos = Math.round(t * 1e9);
      Timeline.Span span = timeline.at(t);
      Skeleton body = span.pose().apply(t);
      PoseRenderer.Rendered r = renderer.render(body);
      if (span.cutJoints()) {
        for (int i = 0; i < far.length; i++) {
          if (cut.contains(b.layout.joints().get(i))) {
            r.score()[i] = 0.02;
          }
        }
      }
      Optional<Pose> pose = noise.apply(r, far, nanos, b.camera.width(), b.camera.height());
      if (silhouette != null && pose.isPresent()) {
        // A mask only where a pose is reported; the part that left the image is not in it.
        edgeNoise.advance();
        Optional<PersonMask> mask =
            silhouette.render(body, span.cutJoints() ? hiddenWhenCut : Set.of(), edgeNoise);
        if (mask.isPresent()) {
          pose = Optional.of(pose.get().withMask(mask.get()));
        }
      }
      frames.add(
          new SyntheticFrame(nanos, pose, Optional.of(renderer.project(body.spineMiddle()))));
    }
    return frames;
  }

  /** The body part that leaves the image in an out-of-frame span: the one the signal needs. */
  private List<Joint> cutJoints() {
    if (b.exercise == ExerciseId.CAT_CAMEL) {
      // The back is read between the shoulders and the hips: the hip end leaves the image.
      return List.of(
          Joint.LEFT_HIP,
          Joint.RIGHT_HIP,
          Joint.LEFT_KNEE,
          Joint.RIGHT_KNEE,
          Joint.LEFT_ANKLE,
          Joint.RIGHT_ANKLE,
          Joint.LEFT_HEEL,
          Joint.RIGHT_HEEL,
          Joint.LEFT_FOOT_INDEX,
          Joint.RIGHT_FOOT_INDEX);
    }
    return List.of(
        Joint.LEFT_KNEE,
        Joint.RIGHT_KNEE,
        Joint.LEFT_ANKLE,
        Joint.RIGHT_ANKLE,
        Joint.LEFT_HEEL,
        Joint.RIGHT_HEEL,
        Joint.LEFT_FOOT_INDEX,
        Joint.RIGHT_FOOT_INDEX);
  }

  private String description() {
    StringBuilder s = new StringBuilder();
    s.append(b.exercise.id())
        .append(" seed=")
        .append(b.seed)
        .append(' ')
        .append(b.layout)
        .append(" h=")
        .append(b.heightM)
        .append(' ')
        .append(b.camera.placement())
        .append(String.format(" cam=%.2fm/%.1fm", b.camera.heightM(), b.camera.distanceM()))
        .append(b.camera.mirrored() ? " mirrored" : "")
        .append(String.format(" yaw=%.0f", b.camera.matYawDeg()))
        .append(b.camera.shiftM() != 0 ? String.format(" shift=%.2fm", b.camera.shiftM()) : "")
        .append(" fps=")
        .append(b.fps)
        .append(" reps=")
        .append(b.reps)
        .append(String.format(" tempo=%.2fx%.2f", b.tempoFactor, b.tempoChange))
        .append(String.format(" rom=%.2f", b.rom))
        .append(" fidget=")
        .append(b.fidgetLevel)
        .append(" noise=")
        .append(b.noise);
    if (b.idleSeconds > 0) s.append(" idle=").append(b.idleSeconds);
    if (b.fast) s.append(" fast");
    if (b.partialReps > 0) s.append(" partial=").append(b.partialReps);
    if (b.jerkyReps > 0) s.append(" jerky=").append(b.jerkyReps);
    if (b.noHoldReps > 0) s.append(" noHold=").append(b.noHoldReps);
    if (b.shortHold) s.append(" shortHold");
    if (b.nodReps > 0) s.append(" nods=").append(b.nodReps);
    if (b.backOnlyReps > 0) s.append(" backOnly=").append(b.backOnlyReps);
    if (b.masks != null) s.append(b.masks ? " masks" : " noMasks");
    if (b.asymmetryWeakSide != null) s.append(" weak=").append(b.asymmetryWeakSide);
    if (b.getIn) s.append(" getIn");
    if (b.getOut) s.append(" getOut");
    if (b.leaveMidway) s.append(" leaveMidway");
    if (b.outOfFrame) s.append(" outOfFrame");
    if (b.maxPauseSeconds > 0) s.append(String.format(" pauses<=%.1fs", b.maxPauseSeconds));
    return s.toString();
  }

  /** Collects the ground truth as the timeline is built. */
  private final class Truth {
    private final ExerciseId exercise;
    private final ExerciseSettings settings;
    private final List<ExpectedRep> reps = new ArrayList<>();
    private final List<ExpectedEvent> events = new ArrayList<>();
    private final Map<Side, Integer> fullBySide = new EnumMap<>(Side.class);
    private final Map<Side, Double> secondFullStart = new EnumMap<>(Side.class);
    // Cat-camel: which ends have been reached in the repetition under way.
    private boolean camelReached;
    private boolean catReached;

    Truth(ExerciseId exercise, ExerciseSettings settings) {
      this.exercise = exercise;
      this.settings = settings;
    }

    void rep(Side side, Plan plan, double start, double end, DrivePath path, double amp) {
      if (plan.kind() == Kind.PARTIAL) {
        return;
      }
      if (exercise == ExerciseId.GLUTE_STRETCH) {
        if (plan.kind() == Kind.SHORT_HOLD) {
          return;
        }
        // The hold completes the set hold time after the end position is reached; the timer runs
        // only while the position is still, so wobbles may delay it by a few seconds.
        double reached = start + path.peakTime() * 0.6;
        double done = start + path.peakTime() + settings.holdSeconds();
        reps.add(
            new ExpectedRep(
                Optional.ofNullable(side),
                reached + settings.holdSeconds() - 0.5,
                done + HOLD_COUNT_LATENCY_SECONDS));
      } else {
        reps.add(new ExpectedRep(Optional.ofNullable(side), start, end + COUNT_LATENCY_SECONDS));
      }
      countFull(side, start);
    }

    /** Counts a full repetition; {@code start} is when it began (sides compare after it). */
    private void countFull(Side side, double start) {
      if (side == null) {
        return;
      }
      int n = fullBySide.merge(side, 1, Integer::sum);
      int needed = exercise == ExerciseId.GLUTE_STRETCH ? 1 : 2;
      if (n == needed) {
        secondFullStart.put(side, start);
      }
    }

    /** A cat-camel end reached (or not, when partial) at its peak time. */
    void catCamelEnd(boolean camel, boolean full, double peak, double quarter, Plan plan) {
      if (!full) {
        return;
      }
      boolean otherReached = camel ? catReached : camelReached;
      if (camel) {
        camelReached = true;
      } else {
        catReached = true;
      }
      if (otherReached) {
        double from = peak - quarter - 0.3;
        double to = peak + quarter + COUNT_LATENCY_SECONDS;
        reps.add(new ExpectedRep(Optional.empty(), from, to));
        if (plan.kind() == Kind.FAST && settings.minSecondsPerRep() > 0) {
          events.add(
              new ExpectedEvent(
                  FormIssue.TOO_FAST, Optional.empty(), from, to + EVENT_LATENCY_SECONDS));
        }
        camelReached = false;
        catReached = false;
      }
    }

    void event(FormIssue issue, Side side, double from, double to) {
      events.add(new ExpectedEvent(issue, Optional.ofNullable(side), from, to));
    }

    boolean fullRepsBelowTarget() {
      if (settings.perSide()) {
        return fullBySide.getOrDefault(Side.LEFT, 0) < settings.targetReps()
            || fullBySide.getOrDefault(Side.RIGHT, 0) < settings.targetReps();
      }
      return reps.size() < settings.targetReps();
    }

    void finishAsymmetry(double end) {
      if (b.asymmetryWeakSide == null
          || !secondFullStart.containsKey(Side.LEFT)
          || !secondFullStart.containsKey(Side.RIGHT)) {
        return;
      }
      double from = Math.max(secondFullStart.get(Side.LEFT), secondFullStart.get(Side.RIGHT));
      events.add(
          new ExpectedEvent(
              FormIssue.ASYMMETRY,
              Optional.of(b.asymmetryWeakSide),
              from,
              end + EVENT_LATENCY_SECONDS));
    }

    void wrongView(double end) {
      reps.clear();
      events.clear();
      events.add(
          new ExpectedEvent(
              FormIssue.WRONG_VIEW, Optional.empty(), 0, end + EVENT_LATENCY_SECONDS));
    }

    GroundTruth build() {
      return new GroundTruth(reps, events);
    }
  }

  /** The knobs, with defaults for an ordinary, well-filmed set. */
  public static final class Builder {
    private final ExerciseId exercise;
    private final long seed;
    private KeypointLayout layout = KeypointLayout.BLAZEPOSE_33;
    private double heightM = 1.75;
    private CameraSetup camera;
    private double fps = 30;
    private NoiseSettings noise = NoiseSettings.TYPICAL;
    private double fidgetLevel = 1;
    private double rom = 1.0;
    private int reps = 5;
    private double tempoFactor = 1.0;
    private double tempoChange = 1.0;
    private double maxPauseSeconds = 1.0;
    private int partialReps;
    private int jerkyReps;
    private int noHoldReps;
    private boolean fast;
    private boolean shortHold;
    private boolean catFirst = true;
    private Side asymmetryWeakSide;
    private double asymmetryFactor = 0.55;
    private boolean getIn;
    private boolean getOut;
    private boolean leaveMidway;
    private boolean outOfFrame;
    private double idleSeconds;
    private int nodReps;
    private int backOnlyReps;
    private Boolean masks;
    private ExerciseSettings settings;

    private Builder(ExerciseId exercise, long seed) {
      this.exercise = Objects.requireNonNull(exercise, "exercise");
      this.seed = seed;
      this.camera = CameraSetup.side(true);
    }

    public Builder layout(KeypointLayout layout) {
      this.layout = layout;
      return this;
    }

    /** Standing height in metres (segment proportions vary around the average). */
    public Builder height(double metres) {
      this.heightM = metres;
      return this;
    }

    public Builder camera(CameraSetup camera) {
      this.camera = camera;
      return this;
    }

    /** The camera set so far. */
    public CameraSetup cameraSetup() {
      return camera;
    }

    /** A mirrored ("selfie") image, labels kept as the person's own sides. */
    public Builder mirrored(boolean mirrored) {
      this.camera = camera.withMirrored(mirrored);
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

    /** 0 still, 1 ordinary, 2 restless. */
    public Builder fidget(double level) {
      this.fidgetLevel = level;
      return this;
    }

    /** The person's range of motion as a fraction of the textbook range. */
    public Builder rangeOfMotion(double fraction) {
      this.rom = fraction;
      return this;
    }

    /** Full repetitions (per side for sided exercises; holds for the glute stretch). */
    public Builder reps(int reps) {
      this.reps = reps;
      return this;
    }

    /** Repetition durations relative to the ordinary tempo (above 1 slower). */
    public Builder tempo(double factor) {
      this.tempoFactor = factor;
      return this;
    }

    /** The second half of the set at this factor of the first half's tempo. */
    public Builder tempoChange(double factor) {
      this.tempoChange = factor;
      return this;
    }

    /** Rests between repetitions, up to this long. */
    public Builder pauses(double maxSeconds) {
      this.maxPauseSeconds = maxSeconds;
      return this;
    }

    /** Extra partial repetitions (38 % of range), after calibration. */
    public Builder partialReps(int n) {
      this.partialReps = n;
      return this;
    }

    /** Repetitions done in jerks (stop-and-go), replacing ordinary ones. */
    public Builder jerkyReps(int n) {
      this.jerkyReps = n;
      return this;
    }

    /** Repetitions without the end hold (knees to chest), replacing ordinary ones. */
    public Builder noHoldReps(int n) {
      this.noHoldReps = n;
      return this;
    }

    /** Every repetition well under the tempo bound. */
    public Builder fast(boolean fast) {
      this.fast = fast;
      return this;
    }

    /** Glute stretch: the first hold is released early, then done again in full. */
    public Builder shortHold(boolean shortHold) {
      this.shortHold = shortHold;
      return this;
    }

    /**
     * Cat-camel: one run of this many extra cycles in which only the head moves (the neck through
     * its cat and camel angles, the back kept still). They are not counted; one {@link
     * FormIssue#HEAD_ONLY} cue is expected for the run, from its start to {@value
     * Performance#EVENT_LATENCY_SECONDS} s after its end (a run cut by leaving or by the
     * out-of-frame span expects one for each part).
     */
    public Builder nodReps(int n) {
      this.nodReps = n;
      return this;
    }

    /**
     * Cat-camel: cycles in which only the back moves (the head kept in line with the torso),
     * replacing ordinary ones; they are counted as usual.
     */
    public Builder backOnlyReps(int n) {
      this.backOnlyReps = n;
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

    /** Cat-camel: whether each cycle starts with the cat (else the camel). */
    public Builder catFirst(boolean catFirst) {
      this.catFirst = catFirst;
      return this;
    }

    /** One side reaches only {@code factor} of the other's range (in the coach's signal). */
    public Builder asymmetry(Side weakSide, double factor) {
      this.asymmetryWeakSide = weakSide;
      this.asymmetryFactor = factor;
      return this;
    }

    /** Starts standing and gets into the start position first. */
    public Builder getIn(boolean getIn) {
      this.getIn = getIn;
      return this;
    }

    /** Gets up and stands at the end. */
    public Builder getOut(boolean getOut) {
      this.getOut = getOut;
      return this;
    }

    /** Gets up halfway through the set and comes back. */
    public Builder leaveMidway(boolean leave) {
      this.leaveMidway = leave;
      return this;
    }

    /** The needed body part leaves the image for 3 s a third of the way through. */
    public Builder outOfFrame(boolean out) {
      this.outOfFrame = out;
      return this;
    }

    /** No repetitions: holds the start position (fidgeting) for this long. */
    public Builder idle(double seconds) {
      this.idleSeconds = seconds;
      return this;
    }

    /** The settings the analyzer will use (targets, bounds); defaults to the routine's. */
    public Builder settings(ExerciseSettings settings) {
      this.settings = settings;
      return this;
    }

    public Performance build() {
      if (settings == null) {
        settings =
            ExerciseSettings.builder(exercise)
                .targetReps(Math.max(1, idleSeconds > 0 ? 1 : reps))
                .build();
      }
      if (!(heightM >= 1.2 && heightM <= 2.2)) {
        throw new IllegalArgumentException("height must be 1.2-2.2 m, got " + heightM);
      }
      if (!(fps >= 5 && fps <= 120)) {
        throw new IllegalArgumentException("fps must be 5-120, got " + fps);
      }
      if ((nodReps > 0 || backOnlyReps > 0) && exercise != ExerciseId.CAT_CAMEL) {
        throw new IllegalArgumentException(
            "nods and back-only repetitions are cat-camel's, not " + exercise.id() + "'s");
      }
      if (nodReps < 0 || backOnlyReps < 0) {
        throw new IllegalArgumentException("repetition counts cannot be negative");
      }
      return new Performance(this);
    }
  }
}
