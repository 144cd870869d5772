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
import org.posecoach.motion.filter.PairGapFiller;
import org.posecoach.motion.form.CueLimiter;
import org.posecoach.motion.form.Cues;
import org.posecoach.motion.form.FormChecker;
import org.posecoach.motion.form.FramingCheck;
import org.posecoach.motion.position.Debouncer;
import org.posecoach.motion.position.PositionClassifier;
import org.posecoach.motion.position.PositionTracker;
import org.posecoach.motion.rep.DetectorEvent;
import org.posecoach.motion.rep.DetectorEvent.ExcursionDone;
import org.posecoach.motion.rep.DetectorEvent.RepDone;
import org.posecoach.motion.rep.DetectorStatus;
import org.posecoach.motion.rep.Phase;
import org.posecoach.motion.rep.Rep;
import org.posecoach.motion.rep.RepDetector;
import org.posecoach.motion.review.PeriodicityCounter;
import org.posecoach.motion.review.ReasonWriter;
import org.posecoach.motion.review.SetDiary;
import org.posecoach.motion.review.SetReview;
import org.posecoach.motion.signal.ExerciseSignal;
import org.posecoach.motion.signal.ExerciseSignals;
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

  /** A per-frame view guess must persist 0.5 s to change the recognised view. */
  static final double VIEW_SETTLE_SECONDS = 0.5;

  /** Frames this long before the position settled warm up the smoothing before counting. */
  static final double FILTER_WARMUP_SECONDS = 0.5;

  /**
   * Frames are kept this long so that, once the position has settled, counting starts from the
   * first frame that showed it: a repetition begun while the coach was still settling counts. The
   * position tracker settles within a second even on flickering guesses.
   */
  static final double REPLAY_SECONDS = 5.0;

  /** The torso: without a shoulder and a hip nothing of the body can be measured. */
  private static final List<Set<Joint>> TORSO =
      List.of(
          Set.of(Joint.LEFT_SHOULDER, Joint.RIGHT_SHOULDER),
          Set.of(Joint.LEFT_HIP, Joint.RIGHT_HIP));

  private final ExerciseSettings settings;
  private final List<MotionListener> listeners = new ArrayList<>();
  private final KeypointFilter gapFiller = new PairGapFiller();
  private final BodyScaleEstimator scale = new BodyScaleEstimator();
  private final PositionClassifier classifier = new PositionClassifier();
  private final PositionTracker position = new PositionTracker();
  private final Deque<BodyFrame> recent = new ArrayDeque<>();
  private final Debouncer<Optional<CameraView>> view =
      new Debouncer<>(Optional.empty(), VIEW_SETTLE_SECONDS);
  private final Map<CameraView, ViewChain> parts = new EnumMap<>(CameraView.class);
  private final CueLimiter cues = new CueLimiter();
  private final FramingCheck framing = new FramingCheck();
  private final SetDiary diary = new SetDiary();
  private final SetUpInstruction instruction;
  private SignalTrace.Listener trace;
  private boolean everSeen;
  private final ArrivingBody arriving = new ArrivingBody(LOST_SECONDS);
  private double lastOtherPosition = Double.NaN;

  private AnalyzerState state = AnalyzerState.NO_PERSON;
  private ViewChain active;
  private double now = Double.NaN;
  private double lastPoseTime = Double.NaN;
  private double missingSince = Double.NaN;
  private boolean outOfFrameReported;
  private final PositionLoss positionLoss = new PositionLoss();
  private final WrongViewWatch wrongView = new WrongViewWatch();
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
    this.instruction = new SetUpInstruction(settings.exercise());
  }

  /** An analyzer with the routine's default settings for {@code exercise}. */
  public static ExerciseAnalyzer forExercise(ExerciseId exercise) {
    return new ExerciseAnalyzer(ExerciseSettings.defaults(exercise));
  }

  public void addListener(MotionListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /** Receives every counted frame's signal and levels ({@code analyze --trace}); null for none. */
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
    arriving.seen(t);
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
    String advice = instruction.advise(t, problem);
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
        instruction.at(now, state, wrongView.reported()));
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
    return new SetReview(
        reps,
        leftReps,
        rightReps,
        ReasonWriter.reason(settings.exercise(), reps, diary),
        rhythm,
        ReasonWriter.rhythmCheck(rhythm, reps));
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
    if (arriving.arriving(t, pose)) {
      // Walking in or getting down past a close camera: not yet a camera that cannot see.
      framed = FramingCheck.Framing.FINE;
    }
    diary.person(
        t, BodyPosition.UNKNOWN, SetDiary.Seen.UNKNOWN, false, framed.problem(), framed.missing());
    framing.update(t, framed.problem()).ifPresent(problem -> adviseCamera(t, problem));
    lostBody(t);
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
    if (wrongView.update(t, (v.isPresent() && !viewAllowed) || (v.isEmpty() && lastEndOn))) {
      form(t, FormIssue.WRONG_VIEW, Optional.empty());
    }
    if (!viewAllowed || !ExercisePositions.countsFrom(settings.exercise(), position.position())) {
      missingSince = Double.NaN;
      setState(t, AnalyzerState.GETTING_INTO_POSITION);
      return;
    }
    // In position: count at once, from the first frame that showed it (the tracker needed a few
    // frames to settle, and the user may have started moving straight away).
    active = parts.computeIfAbsent(v.get(), cv -> new ViewChain(settings, cv));
    active.detector.start();
    active.neutralCues = Optional.empty();
    active.lastFedTime = Double.NaN;
    positionLoss.reset();
    setState(t, AnalyzerState.ACTIVE);
    double from = Double.isNaN(position.since()) ? t : position.since();
    for (BodyFrame earlier : List.copyOf(recent)) {
      double te = earlier.timeSeconds();
      if (te >= from - FILTER_WARMUP_SECONDS && te < from) {
        // The smoothing (and its speed estimate) starts on the frames just before, so that the
        // first counted frames already know whether the user is still or moving in.
        active.signal.measure(earlier).ifPresent(sample -> active.smooth(te, sample.value()));
      } else if (te >= from && te < t) {
        measureAndFeed(te, earlier);
      }
    }
    measureAndFeed(t, body);
  }

  private void whileActive(double t, BodyFrame body) {
    BodyPosition p = position.position();
    if (positionLoss.lost(t, p, inExercisePosition(p))) {
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
    ViewChain p = active;
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

  private void feed(double t, SignalSample raw) {
    ViewChain p = active;
    double smooth = p.smooth(t, raw.value());
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
      p.learnNeutralCues(raw.sideCues().get(), status, velocity, dt);
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
    positionLoss.reset();
    setState(t, next);
  }

  private boolean inExercisePosition(BodyPosition p) {
    return ExercisePositions.inExercise(settings.exercise(), p);
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
