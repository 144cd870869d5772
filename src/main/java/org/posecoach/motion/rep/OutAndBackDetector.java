package org.posecoach.motion.rep;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.posecoach.motion.rep.DetectorEvent.ExcursionDone;
import org.posecoach.motion.rep.DetectorEvent.RepDone;
import org.posecoach.motion.signal.SignalSample;
import org.posecoach.motion.signal.SignalShape;

/**
 * Counts "out to the end position and back" repetitions: knees to chest, prayer stretch, thread the
 * needle, lumbar rotation (per side), and the glute stretch's timed holds.
 *
 * <p>State machine on the distance {@code m} of the smoothed signal from the learnt start value
 * (towards positive values only for {@link SignalShape#ONE_WAY}; either way for sided shapes):
 *
 * <pre>
 *   WAITING --m <= exit--> REST --m >= exit--> MOVING --m >= enter for 0.15 s--> (end reached)
 *   MOVING --m <= exit--> REST   (counted if the end was reached; else a too-small attempt)
 * </pre>
 *
 * The side of a sided repetition is the sign of the distance ({@link SignalShape#SIGNED_SIDES}) or
 * the magnitude-weighted sum of the frames' side votes ({@link SignalShape#VOTED_SIDES}). With
 * {@link DetectorConfig#countHolds()} the repetition is counted when the end position has been held
 * for the set time, not on the return.
 */
public final class OutAndBackDetector extends ExcursionDetector {

  /** No therapeutic repetition takes under half a second; shorter ones are tracking glitches. */
  static final double MIN_REP_SECONDS = 0.5;

  /**
   * A movement that ended short of the end position is reported as too small only after this long,
   * in case the user comes back lower than they started and it is measured again from there.
   */
  static final double REMEASURE_SECONDS = 1.5;

  /** A movement that ended short of the end position, until it is measured again or lapses. */
  private record Pending(double endSeconds, Excursion excursion) {}

  /**
   * The start value is the median of the first 0.3 s held still, and a lower rest must be held this
   * long to move it: jitter dips are shorter, and the median of ten frames or so is steady.
   */
  static final double LOWER_REST_SECONDS = 0.3;

  /**
   * Held for 2 s short of the end position is settling, not a repetition: longer than any pause on
   * the way out (a second or so) or a partial repetition's hold.
   */
  static final double SETTLE_SECONDS = 2.0;

  /**
   * Held just past the end threshold (under 70 % of the range) and steady within half the exit
   * level, before any repetition, is settling in too (arrived with the knees higher than they rest,
   * and the start was learnt on the way in); a stretch held at its end lies further out. Should it
   * be one, coming back below where it started measures it again ({@link #remeasureSegment}).
   */
  static final double SETTLE_AT_END_MAX_FRACTION = 0.7;

  /** Votes for the other side must last this long to read as a crossing (not a noisy frame). */
  static final double CROSSING_SECONDS = 0.2;

  /** ...while the signal is back below this fraction of the movement's peak. */
  static final double CROSSING_PEAK_FRACTION = 0.6;

  private double oppositeSince = Double.NaN;
  private boolean startedAcross;
  private boolean startValueKnown;
  private int repsAtStart;
  private final SettleWindow settleWindow = new SettleWindow(SETTLE_SECONDS);
  private final StartValueLearner startValue = new StartValueLearner(LOWER_REST_SECONDS);
  private final LowerRestWatch lowerRest = new LowerRestWatch(LOWER_REST_SECONDS);
  private final Segment segment = new Segment();
  private Pending pending;

  private double lastMagnitude;
  private boolean holdCounted;

  public OutAndBackDetector(DetectorConfig config) {
    super(config);
    if (config.shape() == SignalShape.TWO_ENDS) {
      throw new IllegalArgumentException("two-ended signals need a TwoEndsDetector");
    }
  }

  @Override
  public void start() {
    repsAtStart = reps();
    settleWindow.clear();
    segment.clear();
    startValueKnown = false;
    startValue.clear();
    pending = null;
    dropMovement(State.REST);
  }

  @Override
  void onSample(
      double timeSeconds, SignalSample smoothed, double velocity, List<DetectorEvent> events) {
    boolean still =
        Math.abs(velocity) <= HOLD_MAX_SPEED_RANGES_PER_SECOND * thresholds(true).range();
    if (followsMinimum()) {
      segment.track(timeSeconds, smoothed.value());
    }
    if (!startValueKnown && !learnStartValue(timeSeconds, smoothed.value(), still)) {
      return; // still arriving: nothing to measure against yet
    }
    if (followsMinimum() && settled(timeSeconds, smoothed.value())) {
      return;
    }
    if (followsMinimum()) {
      segment.beginIfUnknown(timeSeconds);
      if (state != State.MOVING) {
        boolean resting =
            Math.abs(velocity) <= NEUTRAL_MAX_SPEED_RANGES_PER_SECOND * thresholds(true).range();
        followLowerRest(timeSeconds, smoothed.value(), still, resting, events);
        // Back below the start value: the movement may be complete measured from where it began
        // (as the detector counts a return through the exit level, without waiting for a rest).
        if (!segment.counted() && smoothed.value() < calibration.neutral()) {
          int before = reps();
          remeasureSegment(timeSeconds, false, events);
          if (reps() > before) {
            newSegment(timeSeconds);
          }
        }
      }
    }

    double e = smoothed.value() - calibration.neutral();
    double m = config.shape() == SignalShape.SIGNED_SIDES ? Math.abs(e) : Math.max(e, 0);
    lastMagnitude = m;
    recorder.record(timeSeconds, m);

    switch (state) {
      case WAITING ->
          waitForRest(timeSeconds, m, Math.min(thresholds(true).exit(), thresholds(false).exit()));
      case REST -> {
        if (pending != null && timeSeconds - pending.endSeconds() > REMEASURE_SECONDS) {
          lapsePending(events);
        }
        boolean positive = direction(e, smoothed);
        if (atRest(timeSeconds, smoothed.value(), m, thresholds(positive), velocity)) {
          lapsePending(events);
          startedAcross = false;
          oppositeSince = Double.NaN;
          holdCounted = false;
          beginMovement(timeSeconds, positive, m);
          recorder.sample(timeSeconds, m, smoothed.sideVote());
        }
      }
      case MOVING -> moving(timeSeconds, e, m, smoothed, velocity, events);
      default -> throw new AssertionError(state);
    }
  }

  private void moving(
      double t,
      double e,
      double m,
      SignalSample smoothed,
      double velocity,
      List<DetectorEvent> events) {
    if (config.shape() == SignalShape.SIGNED_SIDES && (e >= 0) != recorder.positive() && m > 0) {
      // Swung through the centre between two frames: that is a return.
      finish(t, events);
      return;
    }
    if (swungAcross(t, m, smoothed.sideVote())) {
      // Swung through the centre to the other side without stopping at the start value (a knee
      // drop that starts flat need not come all the way back down): that is a return, and the
      // other side's movement begins at once.
      finish(t, events);
      holdCounted = false;
      startedAcross = true;
      beginMovement(t, smoothed.sideVote() > 0, m);
    }
    recorder.sample(t, m, smoothed.sideVote());
    if (config.shape() == SignalShape.VOTED_SIDES) {
      recorder.setPositive(recorder.voteSum() >= 0);
    }
    Thresholds th = thresholds(recorder.positive());
    followEnd(t, m, velocity, th, events);
    if (config.countHolds()
        && recorder.reached()
        && !holdCounted
        && recorder.heldSeconds() >= config.holdSeconds()) {
      holdCounted = true;
      events.add(new RepDone(count(t, recorder.heldSeconds(), t - recorder.onset())));
    }
    if (m <= th.exit()) {
      finish(t, events);
    }
  }

  private void finish(double t, List<DetectorEvent> events) {
    double outwardExit = recorder.outwardExit();
    Excursion x = finishMovement(t);
    if (x.reachedEnd()) {
      if (!config.countHolds() && x.durationSeconds() >= MIN_REP_SECONDS) {
        Rep rep = count(t, x.heldSeconds(), x.durationSeconds(), x.rangeFraction(), x.positive());
        events.add(new RepDone(rep));
      }
      // Back at the start after reaching the end: what follows is a new movement.
      newSegment(t);
      calibration.addPeak(x.positive(), x.peak());
      events.add(new ExcursionDone(x));
    } else if (startedAcross) {
      // Begun at a crossing and never reached its end: the rest of the return, not an attempt.
    } else if (isAttempt(x, t, outwardExit)) {
      if (followsMinimum() && !config.countHolds()) {
        pending = new Pending(t, x);
      } else {
        events.add(new ExcursionDone(x));
      }
    }
  }

  /**
   * The user came back below the start value: the movement since they last rested at it may have
   * begun lower than the coach knew (moving at once, or settling into a stretch), so it is measured
   * again from where it began, and counted if it reached the end from there and the user is back.
   * Only a one-way signal (a voted one, whose side needs a recorded movement, when one was).
   *
   * @return whether the segment is over; not while the user, still above where it began, may be
   *     pausing on a slow way back
   */
  private boolean remeasureSegment(double t, boolean atRest, List<DetectorEvent> events) {
    double formerStart =
        Double.isNaN(segment.startValue()) ? calibration.neutral() : segment.startValue();
    boolean sideKnown = config.shape() == SignalShape.ONE_WAY || pending != null;
    boolean positive = pending == null || pending.excursion().positive();
    Thresholds th = thresholds(positive);
    // Where the movement may have begun: the lowest level seen before its peak (where a user who
    // moved at once was when the position was recognised), or the start value, when it was learnt
    // before the peak. A peak before either (arriving from above, then settling) began nowhere.
    // It began at the lower of them that the user came back to (within the exit level: coming back
    // much further below is leaving the position, not returning to its start).
    double lowBeforePeak = segment.lowBeforePeak();
    double backTo = Math.min(calibration.neutral(), segment.lowSincePeak());
    boolean startBeforePeak = segment.start() <= segment.peakSeconds();
    double lowestStart = startBeforePeak ? Math.min(lowBeforePeak, formerStart) : lowBeforePeak;
    double from = Double.NaN;
    if (Math.abs(backTo - lowBeforePeak) <= th.exit()) {
      from = lowBeforePeak;
    } else if (startBeforePeak && Math.abs(backTo - formerStart) <= th.exit()) {
      from = formerStart;
    }
    // Measured down to where the user came back to when they rest there, or, for the set's first
    // movement (which may have begun before the coach saw it), as soon as they are back; otherwise
    // from where it began, as the detector measures every movement.
    boolean toReturn = atRest || reps() == repsAtStart;
    double peak = segment.peak() - (toReturn ? Math.min(from, backTo) : from);
    if (segment.counted()
        || !sideKnown
        || Double.isNaN(from)
        || config.countHolds()
        || peak < th.enter()
        || segment.peak() - formerStart < th.rest()
        || t - segment.start() < MIN_REP_SECONDS) {
      // Still well above where the movement began: a pause on a slow way back keeps it open.
      return segment.counted() || backTo - lowestStart <= th.exit();
    }
    Excursion before = pending == null ? null : pending.excursion();
    pending = null;
    double onset = before == null ? segment.start() : before.onsetSeconds();
    Excursion measured =
        new Excursion(
            positive,
            side(positive),
            onset,
            before == null ? t : before.endSeconds(),
            t,
            peak,
            th,
            calibration.isCalibrated(positive),
            before == null ? 0 : before.heldSeconds(),
            before == null ? 1 : before.submovements(),
            t - onset);
    events.add(
        new RepDone(
            count(
                t,
                measured.heldSeconds(),
                measured.durationSeconds(),
                measured.rangeFraction(),
                positive)));
    calibration.addPeak(positive, peak);
    events.add(new ExcursionDone(measured));
    return true;
  }

  /** A new segment begins: the user is at the start value again. */
  private void newSegment(double t) {
    segment.begin(t, calibration.neutral());
  }

  /** A pending movement that was not measured again is what it looked like: too small. */
  private void lapsePending(List<DetectorEvent> events) {
    if (pending != null) {
      events.add(new ExcursionDone(pending.excursion()));
      pending = null;
    }
  }

  /** Counts the movement in progress, at the fraction of the range it has reached. */
  private Rep count(double t, double held, double duration) {
    boolean positive = recorder.positive();
    return count(t, held, duration, recorder.peak() / thresholds(positive).range(), positive);
  }

  @Override
  public void abandon() {
    pending = null;
    // What was seen before the gap cannot be measured again with what comes after it.
    segment.markCounted();
    dropMovement(State.WAITING);
  }

  @Override
  public boolean hasStartValue() {
    return startValueKnown;
  }

  @Override
  public DetectorStatus status() {
    return status(true, lastMagnitude);
  }

  /**
   * Learns the start value, if this sample shows it; returns whether it is known. The start value
   * is where the user first holds still (the median over {@link #LOWER_REST_SECONDS}), not on the
   * way in (which for a one-way signal passes through lower values); a one-way signal then follows
   * the lowest value the user rests at, so a user who started at the end position is measured from
   * where they come back to. (A signed signal's rest is not 0 from every camera, perspective skews
   * the two sides: it is learnt too.)
   */
  private boolean learnStartValue(double t, double value, boolean still) {
    OptionalDouble learnt = startValue.offer(t, value, still);
    if (learnt.isEmpty()) {
      return false;
    }
    calibration.setNeutral(learnt.getAsDouble());
    startValueKnown = true;
    // The first segment keeps the extremes seen while arriving at the start value.
    segment.startLearnt(t, calibration.neutral());
    return true;
  }

  /**
   * The start position is the lowest level of a one-way signal that the user rests at: once the
   * signal has stayed still below the start value for {@link #LOWER_REST_SECONDS}, the start value
   * moves down to the highest of those samples (the level held, not a dip of jitter).
   */
  private void followLowerRest(
      double t, double value, boolean still, boolean resting, List<DetectorEvent> events) {
    OptionalDouble level = lowerRest.offer(t, value, still, calibration.neutral());
    if (level.isEmpty()) {
      return;
    }
    calibration.setNeutral(level.getAsDouble());
    int before = reps();
    // A slow return passes below the start value at a hold's speed and may pause on its way:
    // the movement stays open (measured again at the next lower rest) unless it counted here or
    // the user has come to a rest as still as the start position's.
    if (remeasureSegment(t, true, events) && (reps() > before || resting)) {
      newSegment(t);
    }
  }

  /**
   * Before the first repetition since counting started, a signal that stays for {@link
   * #SETTLE_SECONDS} (just past the end threshold: {@link #SETTLE_AT_END_MAX_FRACTION}) within a
   * band no wider than the exit level (not a movement out, which covers more) and never comes back
   * near the start value is the user settled in somewhere else (lying down a little differently,
   * arriving in position): the low edge of that band becomes the start value, and nothing is
   * counted or reported. Later, such a movement is a repetition held, counted or reported as too
   * small.
   */
  private boolean settled(double t, double value) {
    if (reps() > repsAtStart) {
      settleWindow.clear();
      return false;
    }
    Optional<SettleWindow.Span> span = settleWindow.add(t, value);
    if (span.isEmpty()) {
      return false;
    }
    boolean reached = state == State.MOVING && recorder.reached();
    double min = span.get().min();
    double max = span.get().max();
    Thresholds th = thresholds(true);
    // Past the end threshold the level must be steadier still (a slow repetition's top is not)
    // and short of the textbook end: a stretch held at its end is not settling in.
    double band = reached ? th.exit() / 2 : th.exit();
    double level = min - calibration.neutral();
    if (max - min > band
        || level <= th.rest()
        || (reached && max - calibration.neutral() > SETTLE_AT_END_MAX_FRACTION * th.range())) {
      return false;
    }
    calibration.setNeutral(min);
    settleWindow.clear();
    pending = null;
    dropMovement(State.REST);
    // The segment goes on: if the user later comes back below where it started, this was a stretch
    // held after all, and is measured again from there.
    return true;
  }

  /**
   * For voted sides: whether the knees have crossed to the other side during a movement that had
   * reached its end: the side votes point the other way for {@link #CROSSING_SECONDS} while the
   * signal is back below {@link #CROSSING_PEAK_FRACTION} of the movement's peak.
   */
  private boolean swungAcross(double t, double m, double vote) {
    if (config.shape() != SignalShape.VOTED_SIDES
        || !recorder.reached()
        || Double.isNaN(vote)
        || (vote > 0) == recorder.positive()
        || vote == 0
        || m > CROSSING_PEAK_FRACTION * recorder.peak()) {
      oppositeSince = Double.NaN;
      return false;
    }
    if (Double.isNaN(oppositeSince)) {
      oppositeSince = t;
    }
    return t - oppositeSince >= CROSSING_SECONDS;
  }

  /** Whether the start value is the lowest value seen (one-way and voted signals). */
  private boolean followsMinimum() {
    return config.shape() != SignalShape.SIGNED_SIDES;
  }

  private boolean direction(double e, SignalSample sample) {
    return switch (config.shape()) {
      case SIGNED_SIDES -> e >= 0;
      case VOTED_SIDES -> !sample.hasSideVote() || sample.sideVote() >= 0;
      default -> true;
    };
  }
}
