package org.posecoach.motion;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.posecoach.motion.body.BodyFrame;
import org.posecoach.motion.body.BodyScaleEstimator;
import org.posecoach.motion.filter.MedianFilter;
import org.posecoach.motion.filter.PairGapFiller;
import org.posecoach.motion.filter.SignalFilter;
import org.posecoach.motion.filter.SlopeEstimator;
import org.posecoach.motion.form.CueLimiter;
import org.posecoach.motion.form.Cues;
import org.posecoach.motion.form.FormChecker;
import org.posecoach.motion.form.FramingCheck;
import org.posecoach.motion.form.HeadOnlyCheck;
import org.posecoach.motion.position.Debouncer;
import org.posecoach.motion.position.PositionClassifier;
import org.posecoach.motion.position.PositionTracker;
import org.posecoach.motion.rep.DetectorConfig;
import org.posecoach.motion.rep.DetectorEvent;
import org.posecoach.motion.rep.DetectorEvent.ExcursionDone;
import org.posecoach.motion.rep.DetectorEvent.RepDone;
import org.posecoach.motion.rep.DetectorStatus;
import org.posecoach.motion.rep.Phase;
import org.posecoach.motion.rep.Rep;
import org.posecoach.motion.rep.RepDetector;
import org.posecoach.motion.rep.RepDetectors;
import org.posecoach.motion.review.PeriodicityCounter;
import org.posecoach.motion.review.ReasonWriter;
import org.posecoach.motion.review.SetDiary;
import org.posecoach.motion.review.SetReview;
import org.posecoach.motion.signal.ExerciseSignal;
import org.posecoach.motion.signal.ExerciseSignals;
import org.posecoach.motion.signal.HeadNeckSignal;
import org.posecoach.motion.signal.SideCues;
import org.posecoach.motion.signal.SignalSample;
import org.posecoach.motion.vocabulary.AnalyzerState;
import org.posecoach.motion.vocabulary.BodyPosition;
import org.posecoach.motion.vocabulary.CameraView;
import org.posecoach.motion.vocabulary.Cue;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.ExerciseSettings;
import org.posecoach.motion.vocabulary.FormIssue;
import org.posecoach.motion.vocabulary.MotionEvent;
import org.posecoach.motion.vocabulary.MotionEvent.CueChanged;
import org.posecoach.motion.vocabulary.MotionEvent.FormEvent;
import org.posecoach.motion.vocabulary.MotionEvent.HoldCompleted;
import org.posecoach.motion.vocabulary.MotionEvent.PositionChanged;
import org.posecoach.motion.vocabulary.MotionEvent.RepCounted;
import org.posecoach.motion.vocabulary.MotionEvent.StateChanged;
import org.posecoach.motion.vocabulary.Side;
import org.posecoach.pose.Joint;
import org.posecoach.pose.Keypoint;
import org.posecoach.pose.Pose;
import org.posecoach.pose.smoothing.KeypointFilter;
import org.posecoach.pose.smoothing.OneEuroFilter;

/**
 * Coaches one exercise from a stream of poses: recognises the start position and camera view,
 * counts repetitions (per side where the routine asks), times holds, checks form and picks the cue
 * to show. One analyzer per exercise set; not thread-safe (feed it from one thread).
 *
 * <p>Input: every camera frame's pose, or its absence, in time order ({@link #accept(Optional,
 * long)}). Output: {@link MotionEvent}s to the listeners, as they happen, and a {@link
 * AnalyzerSnapshot} of the latest state for the overlay. Per frame the pose is sized ({@link
 * BodyScaleEstimator}), classified ({@link PositionClassifier}), measured by the exercise's signal
 * for the recognised view ({@link ExerciseSignals}), smoothed ({@link OneEuroFilter}), and fed to
 * the {@link RepDetector}; its measurements go through the {@link FormChecker} and the {@link
 * CueLimiter}.
 *
 * <pre>{@code
 * ExerciseAnalyzer analyzer = new ExerciseAnalyzer(ExerciseSettings.defaults(ExerciseId.CAT_CAMEL));
 * analyzer.addListener(event -> {
 *   if (event instanceof MotionEvent.RepCounted rep) {
 *     System.out.println("rep " + rep.count());
 *   }
 * });
 * for (Frame frame : frames) {
 *   analyzer.accept(estimator.estimate(frame.bgr(), frame.nanos()), frame.nanos());
 *   overlay.draw(analyzer.snapshot());
 * }
 * }</pre>
 */
public final class ExerciseAnalyzer {

  /** A second without any pose: the person has left (a dropped frame or two is normal). */
  static final double NO_PERSON_SECONDS = 1.0;

  /** Required joints unseen for a second: tell the user (shorter gaps are tracking dropouts). */
  static final double OUT_OF_FRAME_SECONDS = 1.0;

  /** Unseen for 4 s while counting: the set resumes only from the start position again. */
  static final double LOST_SECONDS = 4.0;

  /** A recognised position other than the exercise's for 1 s means the user has left it. */
  static final double POSITION_LOST_SECONDS = 1.0;

  /**
   * No position recognised for 2 s more than the tracker's own patience also means it (movement
   * extremes and occlusions are unrecognisable for moments, not seconds).
   */
  static final double UNKNOWN_POSITION_LOST_SECONDS = 2.0;

  /** An unsupported view for 2 s is reported (not a moment of misreading while lying down). */
  static final double WRONG_VIEW_SECONDS = 2.0;

  /** A per-frame view guess must persist 0.5 s to change the recognised view. */
  static final double VIEW_SETTLE_SECONDS = 0.5;

  /**
   * One Euro filter at rest: 1 Hz keeps repetitions (0.15-0.7 Hz) and removes most keypoint jitter
   * (reduces white jitter at 30 fps about threefold).
   */
  static final double FILTER_MIN_CUTOFF_HZ = 1.0;

  /** Cutoff rises 0.5 Hz per range per second: a fast repetition (2 ranges/s) lags only ~0.08 s. */
  static final double FILTER_BETA_PER_RANGE = 0.5;

  /** The filter's speed estimate is smoothed at 1 Hz, as in the One Euro paper's defaults. */
  static final double FILTER_DERIVATIVE_CUTOFF_HZ = 1.0;

  /**
   * The speed handed to the detector (hold stillness) is the slope over the last 0.4 s of the
   * smoothed signal: steady enough for a still hold to read still under keypoint jitter.
   */
  static final double SLOPE_WINDOW_SECONDS = 0.4;

  /** Frames this long before the position settled warm up the smoothing before counting. */
  static final double FILTER_WARMUP_SECONDS = 0.5;

  /** Smoothing does not bridge gaps over half a second: the filter restarts. */
  static final double FILTER_RESET_GAP_SECONDS = 0.5;

  /**
   * Resting near the start value: within a quarter of the textbook range, the same band as "back
   * through the centre".
   */
  static final double REST_BAND_RANGE_FRACTION = 0.25;

  /**
   * Frames are kept this long so that, once the position has settled, counting starts from the
   * first frame that showed it: a repetition begun while the coach was still settling counts. The
   * position tracker settles within a second even on flickering guesses.
   */
  static final double REPLAY_SECONDS = 5.0;

  /**
   * The start position's side evidence follows the user while they rest near the start value and
   * still, as slowly as the start value itself does (time constant 6 s), so that knees settled a
   * little differently after a break do not read as having moved towards a side.
   */
  static final double NEUTRAL_CUES_TIME_CONSTANT_SECONDS = 6.0;

  /**
   * For its first second at rest the start position's side evidence is learnt with a time constant
   * of 0.3 s: like the median over a held start, without asking the user to hold still first.
   */
  static final double START_CUES_SECONDS = 1.0;

  static final double START_CUES_TIME_CONSTANT_SECONDS = 0.3;

  /** Resting still: slower than 15 % of the range per second (as the detector's start value). */
  static final double NEUTRAL_CUES_MAX_SPEED_RANGES_PER_SECOND = 0.15;

  /**
   * The visible body moving more than a third of its extent per second is getting into place
   * (walking in, getting down), not settled in front of a camera that cannot see it.
   */
  static final double MOVING_EXTENTS_PER_SECOND = 1.0 / 3;

  /**
   * For the first 3 s after someone appears they are walking in and getting down, cut off or hidden
   * as they pass a close camera: only then is an unseen torso the camera's problem.
   */
  static final double ARRIVING_SECONDS = 3.0;

  /** The torso: without a shoulder and a hip nothing of the body can be measured. */
  private static final List<Set<Joint>> TORSO =
      List.of(
          Set.of(Joint.LEFT_SHOULDER, Joint.RIGHT_SHOULDER),
          Set.of(Joint.LEFT_HIP, Joint.RIGHT_HIP));

  /** Camera advice stays the instruction on screen this long (it asks for a change of setup). */
  static final double ADVICE_SHOWN_SECONDS = 6.0;

  /** Everything that depends on the camera view. */
  private static final class ViewParts {
    final CameraView view;
    final ExerciseSignal signal;
    final SignalFilter median = new MedianFilter();
    final OneEuroFilter filter;
    final SlopeEstimator slope = new SlopeEstimator(SLOPE_WINDOW_SECONDS);
    final RepDetector detector;
    final FormChecker checker;
    final PeriodicityCounter rhythm;

    /** For a signal read from the back, the head's angle, to tell a nod from the exercise. */
    final Optional<ExerciseSignal> head;

    final HeadOnlyCheck nods = new HeadOnlyCheck();
    final double norm;
    final boolean countHolds;
    double lastSampleTime = Double.NaN;
    double lastSmoothed = Double.NaN;
    double lastSlope;
    Optional<SideCues> neutralCues = Optional.empty();
    double neutralCuesSeconds;
    double lastFedTime = Double.NaN;

    ViewParts(ExerciseSettings settings, CameraView view) {
      this.view = view;
      signal = ExerciseSignals.forExercise(settings.exercise(), view);
      norm = (signal.nominalRange(true) + signal.nominalRange(false)) / 2;
      filter =
          new OneEuroFilter(
              OneEuroFilter.Flavour.PAPER,
              FILTER_MIN_CUTOFF_HZ,
              FILTER_BETA_PER_RANGE,
              FILTER_DERIVATIVE_CUTOFF_HZ);
      DetectorConfig config = DetectorConfig.of(signal, settings);
      countHolds = config.countHolds();
      detector = RepDetectors.create(config);
      checker = new FormChecker(settings, signal.sidesComparable(), countHolds);
      rhythm = new PeriodicityCounter(signal.shape(), norm);
      head = signal.needsMask() ? Optional.of(new HeadNeckSignal()) : Optional.empty();
    }
  }

  private final ExerciseSettings settings;
  private final List<MotionListener> listeners = new ArrayList<>();
  private final KeypointFilter gapFiller = new PairGapFiller();
  private final BodyScaleEstimator scale = new BodyScaleEstimator();
  private final PositionClassifier classifier = new PositionClassifier();
  private final PositionTracker position = new PositionTracker();
  private final Deque<BodyFrame> recent = new ArrayDeque<>();
  private final Debouncer<Optional<CameraView>> view =
      new Debouncer<>(Optional.empty(), VIEW_SETTLE_SECONDS);
  private final Map<CameraView, ViewParts> parts = new EnumMap<>(CameraView.class);
  private final CueLimiter cues = new CueLimiter();
  private final FramingCheck framing = new FramingCheck();
  private final SetDiary diary = new SetDiary();
  private SignalTrace.Listener trace;
  private boolean everSeen;
  private Pose lastTorsoUnseen;
  private double firstSeen = Double.NaN;
  private double lastSeen = Double.NaN;
  private double lastOtherPosition = Double.NaN;
  private double adviceUntil = Double.NaN;
  private String advice;

  private AnalyzerState state = AnalyzerState.NO_PERSON;
  private ViewParts active;
  private double now = Double.NaN;
  private double lastPoseTime = Double.NaN;
  private double missingSince = Double.NaN;
  private boolean outOfFrameReported;
  private double positionLostSince = Double.NaN;
  private double wrongViewSince = Double.NaN;
  private boolean wrongViewReported;
  private boolean lastEndOn;
  private int reps;
  private int leftReps;
  private int rightReps;
  private Optional<Cue> cue = Optional.empty();

  /**
   * @param settings the exercise and how the routine wants it done
   */
  public ExerciseAnalyzer(ExerciseSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** An analyzer with the routine's default settings for {@code exercise}. */
  public static ExerciseAnalyzer forExercise(ExerciseId exercise) {
    return new ExerciseAnalyzer(ExerciseSettings.defaults(exercise));
  }

  public ExerciseSettings settings() {
    return settings;
  }

  public void addListener(MotionListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  public void removeListener(MotionListener listener) {
    listeners.remove(listener);
  }

  /** Receives every counted frame's signal and levels (plots, tuning); null for none. */
  public void setTraceListener(SignalTrace.Listener listener) {
    this.trace = listener;
  }

  /**
   * Feeds one camera frame's result.
   *
   * @param pose the pose found in the frame, or empty when nobody was found
   * @param timestampNanos the frame's capture time (the pose's own timestamp when present)
   */
  public void accept(Optional<Pose> pose, long timestampNanos) {
    if (pose.isPresent()) {
      accept(pose.get());
    } else {
      onNoPose(timestampNanos);
    }
  }

  /** Feeds a frame in which a pose was found. */
  public void accept(Pose raw) {
    double t = raw.timestampSeconds();
    if (!advance(t)) {
      return;
    }
    Pose pose = gapFiller.apply(raw);
    if (Double.isNaN(lastSeen) || t - lastSeen > LOST_SECONDS) {
      firstSeen = t; // (re)appeared
    }
    lastSeen = t;
    OptionalDouble torsoPx = scale.apply(pose);
    if (torsoPx.isEmpty()) {
      torsoUnseen(t, pose);
    } else {
      lastPoseTime = t;
      if (state == AnalyzerState.NO_PERSON) {
        setState(t, AnalyzerState.GETTING_INTO_POSITION);
      }
      BodyFrame body = new BodyFrame(pose, torsoPx.getAsDouble());
      PositionClassifier.Guess guess = classifier.classify(body);
      lastEndOn = guess.endOn();
      BodyPosition before = position.position();
      BodyPosition after = position.update(t, guess.position());
      if (after != before) {
        emit(new PositionChanged(t, before, after));
      }
      view.update(t, guess.view());
      remember(body);
      everSeen = true;
      observe(t, body);
      if (state == AnalyzerState.ACTIVE) {
        whileActive(t, body);
      } else {
        whileSettingUp(t, body);
      }
    }
    updateCue(t);
  }

  /**
   * Notes what the camera shows in this frame: for the set's diary, and to say within seconds where
   * to put the camera when, in the exercise's position (or an unrecognisable one), the joints the
   * exercise needs are cut off by the picture's edge or hidden.
   */
  private void observe(double t, BodyFrame body) {
    Optional<CameraView> v = view.value();
    boolean viewAllowed = v.isPresent() && settings.allowedViews().contains(v.get());
    BodyPosition p = position.position();
    boolean inPosition = viewAllowed && inExercisePosition(p);
    if (p != BodyPosition.UNKNOWN && !inExercisePosition(p)) {
      lastOtherPosition = t;
    }
    // Unrecognisable is a framing question only when the user is not on the way in or out of
    // position (standing up, getting down), which passes through unknown shapes too.
    boolean settledUnknown =
        p == BodyPosition.UNKNOWN && !(t - lastOtherPosition < FramingCheck.WINDOW_SECONDS);
    FramingCheck.Framing framed = FramingCheck.Framing.FINE;
    if (inExercisePosition(p) || settledUnknown) {
      ExerciseSignal signal =
          active != null
              ? active.signal
              : ExerciseSignals.forExercise(
                  settings.exercise(), v.filter(x -> viewAllowed).orElse(CameraView.SIDE));
      framed = FramingCheck.classify(body, signal.requiredJoints());
    }
    diary.person(
        t,
        p,
        SetDiary.seen(v, lastEndOn, viewAllowed),
        inPosition,
        framed.problem(),
        framed.missing());
    framing.update(t, framed.problem()).ifPresent(problem -> adviseCamera(t, problem));
  }

  private void adviseCamera(double t, FramingCheck.Problem problem) {
    advice = Cues.cameraAdvice(problem);
    adviceUntil = t + ADVICE_SHOWN_SECONDS;
    formEvent(
        new FormEvent(
            t,
            FormIssue.CAMERA_PLACEMENT,
            Cues.severity(FormIssue.CAMERA_PLACEMENT),
            advice,
            Optional.empty()));
  }

  /** Feeds a frame in which nobody was found. */
  public void onNoPose(long timestampNanos) {
    double t = timestampNanos / 1e9;
    if (!advance(t)) {
      return;
    }
    noBody(t);
    updateCue(t);
  }

  /** The latest state, for the overlay. */
  public AnalyzerSnapshot snapshot() {
    Phase phase = Phase.REST;
    double progress = 0;
    double holdProgress = 0;
    Optional<Side> side = Optional.empty();
    if (active != null && state == AnalyzerState.ACTIVE) {
      DetectorStatus s = active.detector.status();
      phase = s.phase();
      progress = s.progress();
      side = s.side();
      if (settings.holdSeconds() > 0) {
        holdProgress = Math.min(1, s.heldSeconds() / settings.holdSeconds());
      }
    }
    return new AnalyzerSnapshot(
        Double.isNaN(now) ? 0 : now,
        settings.exercise(),
        state,
        position.position(),
        view.value(),
        reps,
        leftReps,
        rightReps,
        settings.targetReps(),
        targetReached(),
        phase,
        progress,
        side,
        holdProgress,
        cue,
        instruction());
  }

  /**
   * The set looked back on: what was counted, the sentence saying what the coach saw (or why
   * nothing counted), and the rhythm's independent count with a note where it disagrees.
   */
  public SetReview review() {
    // A timed hold per side (the glute stretch) has no rhythm to count.
    Optional<PeriodicityCounter.Count> rhythm =
        parts.values().stream()
            .filter(p -> !p.countHolds)
            .map(p -> p.rhythm.count())
            .flatMap(Optional::stream)
            .max(java.util.Comparator.comparingInt(PeriodicityCounter.Count::reps));
    Optional<String> check =
        rhythm
            .filter(r -> r.reps() != reps)
            .map(
                r ->
                    String.format(
                        java.util.Locale.ROOT,
                        "The rhythm of the movement suggests %d repetition%s where %d %s counted:"
                            + " worth a look at the recording.",
                        r.reps(),
                        r.reps() == 1 ? "" : "s",
                        reps,
                        reps == 1 ? "was" : "were"));
    return new SetReview(
        reps,
        leftReps,
        rightReps,
        ReasonWriter.reason(settings.exercise(), reps, diary),
        rhythm,
        check);
  }

  /** Whether the routine's target is met (on both sides for sided exercises). */
  public boolean targetReached() {
    return settings.perSide()
        ? Math.min(leftReps, rightReps) >= settings.targetReps()
        : reps >= settings.targetReps();
  }

  private boolean advance(double t) {
    if (!Double.isNaN(now) && t < now) {
      return false; // out of order: ignore rather than corrupt timers
    }
    now = t;
    return true;
  }

  /**
   * A person was found but not their torso (shoulders and hips), so nothing can be measured: from
   * the feet, the torso hides behind raised knees; from close by, it leaves the picture. That is a
   * framing problem to tell about, and for the set otherwise a frame without a body.
   */
  private void torsoUnseen(double t, Pose pose) {
    FramingCheck.Framing framed = FramingCheck.classify(new BodyFrame(pose, 1.0), TORSO);
    if (bodyMoving(pose) || t - firstSeen < ARRIVING_SECONDS) {
      // Walking in or getting down past a close camera: not yet a camera that cannot see.
      framed = FramingCheck.Framing.FINE;
    }
    diary.person(
        t, BodyPosition.UNKNOWN, SetDiary.Seen.UNKNOWN, false, framed.problem(), framed.missing());
    framing.update(t, framed.problem()).ifPresent(problem -> adviseCamera(t, problem));
    lostBody(t);
  }

  /**
   * Whether the visible joints moved more than a third of the body's extent in the picture per
   * second since the last frame whose torso was unseen (someone on the way in, not settled).
   */
  private boolean bodyMoving(Pose pose) {
    Pose before = lastTorsoUnseen;
    lastTorsoUnseen = pose;
    if (before == null) {
      return true;
    }
    double dt = pose.timestampSeconds() - before.timestampSeconds();
    double minX = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    List<Double> moves = new ArrayList<>();
    for (Keypoint k : pose.keypoints()) {
      Optional<Keypoint> b = before.find(k.joint());
      if (k.score() < BodyFrame.MIN_KEYPOINT_SCORE
          || b.isEmpty()
          || b.get().score() < BodyFrame.MIN_KEYPOINT_SCORE) {
        continue;
      }
      minX = Math.min(minX, k.x());
      maxX = Math.max(maxX, k.x());
      minY = Math.min(minY, k.y());
      maxY = Math.max(maxY, k.y());
      moves.add(Math.hypot(k.x() - b.get().x(), k.y() - b.get().y()));
    }
    if (moves.size() < 3 || dt <= 0 || dt > 1) {
      return true;
    }
    moves.sort(Double::compare);
    double extent = Math.hypot(maxX - minX, maxY - minY);
    return moves.get(moves.size() / 2) / dt > MOVING_EXTENTS_PER_SECOND * extent;
  }

  private void noBody(double t) {
    diary.nobody(t);
    if (everSeen) {
      framing
          .update(t, FramingCheck.Problem.NOT_SEEN)
          .ifPresent(problem -> adviseCamera(t, problem));
    }
    lostBody(t);
  }

  private void lostBody(double t) {
    if (state == AnalyzerState.ACTIVE) {
      active.detector.missing(t);
      notMeasured(t);
    }
    if (state != AnalyzerState.NO_PERSON
        && (Double.isNaN(lastPoseTime) || t - lastPoseTime > NO_PERSON_SECONDS)
        && (state != AnalyzerState.ACTIVE || t - lastPoseTime > LOST_SECONDS)) {
      leaveActive(t, AnalyzerState.NO_PERSON);
    }
  }

  private void whileSettingUp(double t, BodyFrame body) {
    Optional<CameraView> v = view.value();
    boolean viewAllowed = v.isPresent() && settings.allowedViews().contains(v.get());
    boolean wrongView = (v.isPresent() && !viewAllowed) || (v.isEmpty() && lastEndOn);
    if (wrongView) {
      if (Double.isNaN(wrongViewSince)) {
        wrongViewSince = t;
      }
      if (!wrongViewReported && t - wrongViewSince >= WRONG_VIEW_SECONDS) {
        wrongViewReported = true;
        form(t, FormIssue.WRONG_VIEW, Optional.empty());
      }
    } else {
      wrongViewSince = Double.NaN;
      wrongViewReported = false;
    }
    if (!viewAllowed || !countsFrom(position.position())) {
      missingSince = Double.NaN;
      setState(t, AnalyzerState.GETTING_INTO_POSITION);
      return;
    }
    // In position: count at once, from the first frame that showed it (the tracker needed a few
    // frames to settle, and the user may have started moving straight away).
    active = parts.computeIfAbsent(v.get(), cv -> new ViewParts(settings, cv));
    active.detector.start();
    active.neutralCues = Optional.empty();
    active.lastFedTime = Double.NaN;
    positionLostSince = Double.NaN;
    setState(t, AnalyzerState.ACTIVE);
    double from = Double.isNaN(position.since()) ? t : position.since();
    for (BodyFrame earlier : List.copyOf(recent)) {
      double te = earlier.timeSeconds();
      if (te >= from - FILTER_WARMUP_SECONDS && te < from) {
        // The smoothing (and its speed estimate) starts on the frames just before, so that the
        // first counted frames already know whether the user is still or moving in.
        active.signal.measure(earlier).ifPresent(sample -> smooth(active, te, sample.value()));
      } else if (te >= from && te < t) {
        measureAndFeed(te, earlier);
      }
    }
    measureAndFeed(t, body);
  }

  private void whileActive(double t, BodyFrame body) {
    if (positionLost(t)) {
      if (!targetReached()) {
        form(t, FormIssue.WRONG_POSITION, Optional.empty());
      }
      leaveActive(t, AnalyzerState.GETTING_INTO_POSITION);
      return;
    }
    measureAndFeed(t, body);
  }

  /** Measures one frame's signal and feeds it to the detector, or reports it unmeasurable. */
  private void measureAndFeed(double t, BodyFrame body) {
    Optional<SignalSample> sample = active.signal.measure(body);
    if (sample.isEmpty()) {
      active.detector.missing(t);
      notMeasured(t);
      if (t - missingSince > LOST_SECONDS) {
        leaveActive(t, AnalyzerState.GETTING_INTO_POSITION);
      }
      return;
    }
    measured();
    feed(t, sample.get());
    ViewParts p = active;
    if (p.head.isPresent() && !Double.isNaN(p.lastSmoothed)) {
      double head = p.head.get().measure(body).map(SignalSample::value).orElse(Double.NaN);
      if (p.nods.update(t, p.lastSmoothed, head)) {
        form(t, FormIssue.HEAD_ONLY, Optional.empty());
      }
    }
  }

  /** Keeps the last {@link #REPLAY_SECONDS} of frames for a start that settles late. */
  private void remember(BodyFrame body) {
    recent.addLast(body);
    while (recent.peekFirst().timeSeconds() < body.timeSeconds() - REPLAY_SECONDS) {
      recent.removeFirst();
    }
  }

  private boolean positionLost(double t) {
    if (inExercisePosition(position.position())) {
      positionLostSince = Double.NaN;
      return false;
    }
    if (Double.isNaN(positionLostSince)) {
      positionLostSince = t;
    }
    double limit =
        position.position() == BodyPosition.UNKNOWN
            ? UNKNOWN_POSITION_LOST_SECONDS
            : POSITION_LOST_SECONDS;
    return t - positionLostSince > limit;
  }

  /** Smooths one raw signal value, restarting the filter after a gap. */
  private static double smooth(ViewParts p, double t, double raw) {
    if (!Double.isNaN(p.lastSampleTime) && t - p.lastSampleTime > FILTER_RESET_GAP_SECONDS) {
      p.median.reset();
      p.filter.reset();
      p.slope.reset();
    }
    if (t == p.lastSampleTime) {
      return p.lastSmoothed;
    }
    p.lastSampleTime = t;
    // Glitches out first (median of three), then jitter (One Euro).
    p.lastSmoothed = p.filter.apply(t, p.median.apply(t, raw) / p.norm) * p.norm;
    p.lastSlope = p.slope.apply(t, p.lastSmoothed);
    return p.lastSmoothed;
  }

  private void feed(double t, SignalSample raw) {
    ViewParts p = active;
    double smooth = smooth(p, t, raw.value());
    double velocity = p.lastSlope;
    // A voted side reads the frame's evidence against the start position's.
    double vote =
        raw.sideCues().isPresent() && p.neutralCues.isPresent()
            ? p.signal.sideVote(raw.sideCues().get(), p.neutralCues.get())
            : Double.NaN;
    double dt = Double.isNaN(p.lastFedTime) ? 0 : t - p.lastFedTime;
    p.lastFedTime = t;
    List<DetectorEvent> events = p.detector.update(t, new SignalSample(smooth, vote), velocity);
    DetectorStatus status = p.detector.status();
    diary.counted(t);
    if (p.detector.hasStartValue()) {
      double fromStart = smooth - p.detector.calibration().neutral();
      diary.movement(Math.abs(fromStart) / p.detector.thresholds(fromStart >= 0).enter());
    }
    p.rhythm.add(t, smooth);
    if (trace != null) {
      trace.onSample(
          new SignalTrace(
              t,
              p.view,
              p.signal.name(),
              raw.value(),
              smooth,
              p.detector.hasStartValue() ? p.detector.calibration().neutral() : Double.NaN,
              p.detector.thresholds(true),
              p.detector.thresholds(false),
              status.phase()));
    }
    if (raw.sideCues().isPresent()) {
      SideCues cues = raw.sideCues().get();
      boolean resting =
          status.phase() == Phase.REST
              && status.progress() <= REST_BAND_RANGE_FRACTION
              && Math.abs(velocity) <= NEUTRAL_CUES_MAX_SPEED_RANGES_PER_SECOND * p.norm;
      if (resting && p.neutralCues.isEmpty()) {
        p.neutralCues = Optional.of(cues);
        p.neutralCuesSeconds = 0;
      } else if (resting && dt > 0) {
        // Resting at the start value: its evidence is learnt over the first second there (a
        // median over a held start, without asking for the hold), then follows slowly.
        double tau =
            p.neutralCuesSeconds < START_CUES_SECONDS
                ? START_CUES_TIME_CONSTANT_SECONDS
                : NEUTRAL_CUES_TIME_CONSTANT_SECONDS;
        p.neutralCues = Optional.of(p.neutralCues.get().towards(cues, 1 - Math.exp(-dt / tau)));
        p.neutralCuesSeconds += dt;
      }
    }
    for (DetectorEvent e : events) {
      if (e instanceof RepDone done) {
        counted(done.rep());
        p.checker.onRep(done.rep()).forEach(this::formEvent);
      } else if (e instanceof ExcursionDone x) {
        p.checker.onExcursion(x.excursion()).forEach(this::formEvent);
      }
    }
  }

  private void counted(Rep rep) {
    reps++;
    int sideCount = reps;
    if (rep.side().isPresent()) {
      sideCount = rep.side().get() == Side.LEFT ? ++leftReps : ++rightReps;
    }
    if (active.countHolds) {
      emit(
          new HoldCompleted(
              rep.timeSeconds(),
              settings.exercise(),
              rep.side(),
              rep.heldSeconds(),
              reps,
              sideCount));
    } else {
      emit(
          new RepCounted(
              rep.timeSeconds(),
              settings.exercise(),
              rep.side(),
              reps,
              sideCount,
              rep.durationSeconds(),
              rep.rangeFraction()));
    }
  }

  private void notMeasured(double t) {
    if (Double.isNaN(missingSince)) {
      missingSince = t;
    }
    if (!outOfFrameReported && t - missingSince >= OUT_OF_FRAME_SECONDS) {
      outOfFrameReported = true;
      form(t, FormIssue.OUT_OF_FRAME, Optional.empty());
    }
  }

  private void measured() {
    missingSince = Double.NaN;
    outOfFrameReported = false;
  }

  private void leaveActive(double t, AnalyzerState next) {
    if (active != null) {
      active.detector.abandon();
    }
    positionLostSince = Double.NaN;
    setState(t, next);
  }

  /**
   * Whether {@code p} belongs to the exercise: any position on the back for the supine exercises
   * (knees dropped to the side read as legs down), any kneeling one for the others (sitting back is
   * the prayer stretch's end). The user may start anywhere in it.
   */
  private boolean inExercisePosition(BodyPosition p) {
    return settings.exercise().isSupine() ? p.isSupine() : p.isKneeling();
  }

  /**
   * Whether counting may start in {@code p}: anywhere in the exercise's positions, or only in its
   * start position for an exercise that never leaves it (climbing onto hands and knees rounds and
   * dips the back on the way, which must not read as a cat or a camel). Once counting, the whole
   * family keeps it going.
   */
  private boolean countsFrom(BodyPosition p) {
    if (!settings.exercise().staysInStartPosition()) {
      return inExercisePosition(p);
    }
    BodyPosition start =
        switch (settings.exercise().startPosition()) {
          case HANDS_AND_KNEES -> BodyPosition.HANDS_AND_KNEES;
          case SUPINE_KNEES_BENT -> BodyPosition.SUPINE_KNEES_BENT;
        };
    return p == start;
  }

  private Optional<String> instruction() {
    return switch (state) {
      case NO_PERSON, GETTING_INTO_POSITION ->
          Optional.of(
              adviceUntil > now
                  ? advice
                  : wrongViewReported
                      ? Cues.text(settings.exercise(), FormIssue.WRONG_VIEW)
                      : Cues.startInstruction(settings.exercise()));
      case ACTIVE -> Optional.empty();
    };
  }

  private void form(double t, FormIssue issue, Optional<Side> side) {
    formEvent(
        new FormEvent(t, issue, Cues.severity(issue), Cues.text(settings.exercise(), issue), side));
  }

  private void formEvent(FormEvent event) {
    diary.issue(event.issue());
    emit(event);
    cues.offer(event);
  }

  private void updateCue(double t) {
    Optional<Cue> next = cues.update(t);
    if (!next.equals(cue)) {
      cue = next;
      emit(new CueChanged(t, next));
    }
  }

  private void setState(double t, AnalyzerState next) {
    if (next != state) {
      AnalyzerState before = state;
      state = next;
      emit(new StateChanged(t, before, next));
    }
  }

  private void emit(MotionEvent event) {
    for (MotionListener l : List.copyOf(listeners)) {
      l.onEvent(event);
    }
  }
}
