package org.posecoach.motion.rep;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.posecoach.motion.rep.DetectorEvent.EndReached;
import org.posecoach.motion.signal.SignalSample;
import org.posecoach.motion.vocabulary.Side;

/**
 * What both repetition detectors do with an excursion of the signal from its start value: rest,
 * move out past the exit level, reach the end position (the upper threshold held {@link
 * #MIN_END_SECONDS}), hold it, come back; a gap in the data or a frame without a sample; the user's
 * calibrated range and the thresholds drawn from it; the count, per side for sided exercises. What
 * makes a repetition of an excursion is each detector's own: {@link OutAndBackDetector} (out and
 * back) and {@link TwoEndsDetector} (both ends reached).
 */
abstract sealed class ExcursionDetector implements RepDetector
    permits OutAndBackDetector, TwoEndsDetector {

  /**
   * The end position must be held past the upper threshold this long (three frames at 20 fps, two
   * at 15): a keypoint glitch, already shortened by the median filter, cannot reach it, and a quick
   * repetition's peak filmed at 15 fps still does.
   */
  static final double MIN_END_SECONDS = 0.1;

  /** A too-small attempt must last this long to be more than a twitch. */
  static final double MIN_ATTEMPT_SECONDS = 0.4;

  /** A gap in the data longer than this loses the movement in progress (it was not seen). */
  static final double MAX_GAP_SECONDS = 1.0;

  /**
   * Jitter, or a few dropped frames, does not break a hold (HoldTimer's grace): 0.6 s, shorter than
   * any deliberate release and return.
   */
  static final double HOLD_GRACE_SECONDS = 0.6;

  /**
   * Held "still" while moving slower than 35 % of the range per second: a smooth 3-4 s repetition
   * without a pause stays under this only ~0.4-0.5 s around its peak, a deliberate hold for its
   * whole length, even with the speed estimate's jitter.
   */
  static final double HOLD_MAX_SPEED_RANGES_PER_SECOND = 0.35;

  /**
   * The start value follows the user while they rest still within the centre band (slower than 15 %
   * of the range per second), so a start position settled a little differently after a break does
   * not read as a small movement.
   */
  static final double NEUTRAL_MAX_SPEED_RANGES_PER_SECOND = 0.15;

  /** Waiting for a rest (after a start or a gap), resting, or in a movement out. */
  enum State {
    WAITING,
    REST,
    MOVING
  }

  final DetectorConfig config;
  final RangeCalibration calibration;
  final ExcursionRecorder recorder;
  final HysteresisSwitch endSwitch = new HysteresisSwitch(MIN_END_SECONDS);

  State state = State.WAITING;
  private double lastSampleTime = Double.NaN;
  private double secondsSinceLastSample;
  private int reps;
  private int leftReps;
  private int rightReps;

  ExcursionDetector(DetectorConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    calibration = new RangeCalibration(config.nominalPositive(), config.nominalNegative());
    recorder = new ExcursionRecorder(HOLD_GRACE_SECONDS, config.quadraticNearRest());
  }

  /**
   * Feeds one frame: a gap longer than {@link #MAX_GAP_SECONDS} since the previous sample first
   * abandons the movement in progress; then the detector reads the sample.
   */
  @Override
  public final List<DetectorEvent> update(
      double timeSeconds, SignalSample smoothed, double velocity) {
    List<DetectorEvent> events = new ArrayList<>();
    abandonAfterGap(timeSeconds);
    secondsSinceLastSample = Double.isNaN(lastSampleTime) ? 0 : timeSeconds - lastSampleTime;
    lastSampleTime = timeSeconds;
    onSample(timeSeconds, smoothed, velocity, events);
    return events;
  }

  /** Reads one sample, adding this frame's events to {@code events}. */
  abstract void onSample(
      double timeSeconds, SignalSample smoothed, double velocity, List<DetectorEvent> events);

  /** Seconds from the previous sample to the one being read; 0 for the first. */
  final double secondsSinceLastSample() {
    return secondsSinceLastSample;
  }

  private void abandonAfterGap(double timeSeconds) {
    if (!Double.isNaN(lastSampleTime) && timeSeconds - lastSampleTime > MAX_GAP_SECONDS) {
      abandon();
    }
  }

  /**
   * A missing frame breaks a hold at the end position, and may be a gap that loses the movement.
   */
  @Override
  public final List<DetectorEvent> missing(double timeSeconds) {
    if (state == State.MOVING) {
      recorder.holdUpdate(timeSeconds, false);
    }
    abandonAfterGap(timeSeconds);
    return List.of();
  }

  /** Drops the movement in progress, as of the last sample, and goes to {@code next}. */
  final void dropMovement(State next) {
    recorder.clear(Double.isNaN(lastSampleTime) ? 0 : lastSampleTime);
    endSwitch.reset();
    state = next;
  }

  /**
   * While waiting: at or below {@code exitLevel} the user is at rest, and movements are measured.
   */
  final void waitForRest(double t, double m, double exitLevel) {
    if (m <= exitLevel) {
      state = State.REST;
      recorder.clear(t);
    }
  }

  /**
   * The sample being read, at rest, {@code m} from the start value: times the rest, and lets the
   * start value follow {@code value} while the user is within the exit level and still.
   *
   * @return whether the sample is past the exit level: a movement out begins
   */
  final boolean atRest(double t, double value, double m, Thresholds th, double velocity) {
    recorder.rest(t, m, th.rest());
    if (m <= th.exit() && Math.abs(velocity) <= NEUTRAL_MAX_SPEED_RANGES_PER_SECOND * th.range()) {
      calibration.trackNeutral(value, secondsSinceLastSample);
    }
    return m > th.exit();
  }

  /** A movement out begins at {@code t}, where it crossed the exit level. */
  final void beginMovement(double t, boolean positive, double m) {
    recorder.begin(t, positive, m);
    endSwitch.reset();
    state = State.MOVING;
  }

  /**
   * Follows the end position during a movement: the first time the end switch turns on, the end is
   * reached (as of when the signal rose past the upper threshold) and reported; once reached, the
   * hold is timed, kept while past the upper threshold and still.
   *
   * @return whether the end was reached with this sample
   */
  final boolean followEnd(
      double t, double m, double velocity, Thresholds th, List<DetectorEvent> events) {
    boolean positive = recorder.positive();
    boolean wasReached = recorder.reached();
    endSwitch.update(t, m, th.enter(), th.exit());
    boolean reachedNow = endSwitch.isOn() && !wasReached;
    if (reachedNow) {
      recorder.markReached(endSwitch.onSinceSeconds());
      events.add(new EndReached(t, positive, side(positive)));
    }
    if (recorder.reached()) {
      boolean kept =
          m >= th.enter() && Math.abs(velocity) <= HOLD_MAX_SPEED_RANGES_PER_SECOND * th.range();
      recorder.holdUpdate(t, kept);
    }
    return reachedNow;
  }

  /** Ends the movement in progress at {@code t}, measured, and rests. */
  final Excursion finishMovement(double t) {
    boolean positive = recorder.positive();
    Excursion x =
        recorder.finish(
            t, thresholds(positive), calibration.isCalibrated(positive), side(positive));
    endSwitch.reset();
    state = State.REST;
    return x;
  }

  /**
   * Whether a movement that ended at {@code t} short of the end position was a visible attempt: it
   * peaked past the attempt level and was out for at least {@link #MIN_ATTEMPT_SECONDS} since it
   * crossed the exit level at {@code outwardExit}.
   */
  static boolean isAttempt(Excursion x, double t, double outwardExit) {
    return x.peak() >= x.thresholds().attempt() && t - outwardExit >= MIN_ATTEMPT_SECONDS;
  }

  /** Counts a repetition: the next number, and the next of its side's for a sided exercise. */
  final Rep count(double t, double held, double duration, double rangeFraction, boolean positive) {
    reps++;
    Optional<Side> side = side(positive);
    int sideNumber = reps;
    if (side.isPresent()) {
      sideNumber = side.get() == Side.LEFT ? ++leftReps : ++rightReps;
    }
    return new Rep(reps, side, sideNumber, t, duration, held, rangeFraction);
  }

  /** Repetitions counted so far. */
  final int reps() {
    return reps;
  }

  /**
   * The status: the movement in progress, or at rest towards {@code positiveAtRest}; {@code
   * magnitude} is the latest sample's distance from the start value.
   */
  final DetectorStatus status(boolean positiveAtRest, double magnitude) {
    boolean moving = state == State.MOVING;
    boolean positive = moving ? recorder.positive() : positiveAtRest;
    Thresholds th = thresholds(positive);
    return new DetectorStatus(
        moving ? recorder.phase(magnitude, th) : Phase.REST,
        Math.max(0, Math.min(1, magnitude / th.range())),
        positive,
        moving ? side(positive) : Optional.empty(),
        moving ? recorder.heldSeconds() : 0,
        reps,
        leftReps,
        rightReps);
  }

  /** The person's side of a movement towards positive (left) or negative values, when sided. */
  final Optional<Side> side(boolean positive) {
    return config.sided() ? Optional.of(positive ? Side.LEFT : Side.RIGHT) : Optional.empty();
  }

  @Override
  public final RangeCalibration calibration() {
    return calibration;
  }

  @Override
  public final Thresholds thresholds(boolean positive) {
    double minRange = config.minRangeFraction() * calibration.nominal(positive);
    return Thresholds.of(calibration.range(positive), minRange, calibration.isCalibrated(positive));
  }
}
