package org.posecoach.motion.rep;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.posecoach.motion.Side;
import org.posecoach.motion.rep.DetectorEvent.EndReached;
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
public final class OutAndBackDetector implements RepDetector {

  /**
   * The end position must be held past the upper threshold this long (three frames at 20 fps, two
   * at 15): a keypoint glitch, already shortened by the median filter, cannot reach it, and a quick
   * repetition's peak filmed at 15 fps still does.
   */
  static final double MIN_END_SECONDS = 0.1;

  /** No therapeutic repetition takes under half a second; shorter ones are tracking glitches. */
  static final double MIN_REP_SECONDS = 0.5;

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

  private enum State {
    WAITING,
    REST,
    MOVING
  }

  private final DetectorConfig config;
  private final RangeCalibration calibration;
  private final ExcursionRecorder recorder;
  private final HysteresisSwitch endSwitch = new HysteresisSwitch(MIN_END_SECONDS);

  private State state = State.WAITING;
  private double lastSampleTime = Double.NaN;
  private double lastMagnitude;
  private boolean holdCounted;
  private int reps;
  private int leftReps;
  private int rightReps;

  public OutAndBackDetector(DetectorConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    if (config.shape() == SignalShape.TWO_ENDS) {
      throw new IllegalArgumentException("two-ended signals need a TwoEndsDetector");
    }
    calibration = new RangeCalibration(config.nominalPositive(), config.nominalNegative());
    recorder = new ExcursionRecorder(HOLD_GRACE_SECONDS, config.quadraticNearRest());
  }

  @Override
  public void start(double neutral) {
    calibration.setNeutral(neutral);
    recorder.clear(Double.isNaN(lastSampleTime) ? 0 : lastSampleTime);
    endSwitch.reset();
    state = State.REST;
  }

  @Override
  public List<DetectorEvent> update(double timeSeconds, SignalSample smoothed, double velocity) {
    List<DetectorEvent> events = new ArrayList<>();
    if (!Double.isNaN(lastSampleTime) && timeSeconds - lastSampleTime > MAX_GAP_SECONDS) {
      abandon();
    }
    double dt = Double.isNaN(lastSampleTime) ? 0 : timeSeconds - lastSampleTime;
    lastSampleTime = timeSeconds;

    double e = smoothed.value() - calibration.neutral();
    double m = config.shape() == SignalShape.SIGNED_SIDES ? Math.abs(e) : Math.max(e, 0);
    lastMagnitude = m;
    recorder.record(timeSeconds, m);

    switch (state) {
      case WAITING -> {
        if (m <= Math.min(thresholds(true).exit(), thresholds(false).exit())) {
          state = State.REST;
          recorder.clear(timeSeconds);
        }
      }
      case REST -> {
        boolean positive = direction(e, smoothed);
        Thresholds th = thresholds(positive);
        recorder.rest(timeSeconds, m, th.rest());
        if (m <= th.exit()
            && Math.abs(velocity) <= NEUTRAL_MAX_SPEED_RANGES_PER_SECOND * th.range()) {
          calibration.trackNeutral(smoothed.value(), dt);
        }
        if (m > th.exit()) {
          recorder.begin(timeSeconds, positive, m);
          recorder.sample(timeSeconds, m, smoothed.sideVote());
          endSwitch.reset();
          holdCounted = false;
          state = State.MOVING;
        }
      }
      case MOVING -> moving(timeSeconds, e, m, smoothed, velocity, events);
      default -> throw new AssertionError(state);
    }
    return events;
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
    recorder.sample(t, m, smoothed.sideVote());
    if (config.shape() == SignalShape.VOTED_SIDES) {
      recorder.setPositive(recorder.voteSum() >= 0);
    }
    Thresholds th = thresholds(recorder.positive());
    boolean wasReached = recorder.reached();
    endSwitch.update(t, m, th.enter(), th.exit());
    if (endSwitch.isOn() && !wasReached) {
      recorder.markReached(endSwitch.onSinceSeconds());
      events.add(new EndReached(t, recorder.positive(), side(recorder.positive())));
    }
    if (recorder.reached()) {
      boolean kept =
          m >= th.enter() && Math.abs(velocity) <= HOLD_MAX_SPEED_RANGES_PER_SECOND * th.range();
      recorder.holdUpdate(t, kept);
      if (config.countHolds() && !holdCounted && recorder.heldSeconds() >= config.holdSeconds()) {
        holdCounted = true;
        events.add(new RepDone(count(t, recorder.heldSeconds(), t - recorder.onset())));
      }
    }
    if (m <= th.exit()) {
      finish(t, events);
    }
  }

  private void finish(double t, List<DetectorEvent> events) {
    boolean positive = recorder.positive();
    boolean reached = recorder.reached();
    double outwardExit = recorder.outwardExit();
    boolean calibrated = calibration.isCalibrated(positive);
    Excursion x = recorder.finish(t, thresholds(positive), calibrated, side(positive));
    endSwitch.reset();
    state = State.REST;
    if (reached) {
      if (!config.countHolds() && x.durationSeconds() >= MIN_REP_SECONDS) {
        Rep rep = count(t, x.heldSeconds(), x.durationSeconds(), x.rangeFraction());
        events.add(new RepDone(rep));
      }
      calibration.addPeak(positive, x.peak());
      events.add(new ExcursionDone(x));
    } else if (x.peak() >= x.thresholds().attempt() && t - outwardExit >= MIN_ATTEMPT_SECONDS) {
      events.add(new ExcursionDone(x));
    }
  }

  private Rep count(double t, double held, double duration) {
    return count(t, held, duration, recorder.peak() / thresholds(recorder.positive()).range());
  }

  private Rep count(double t, double held, double duration, double rangeFraction) {
    reps++;
    Optional<Side> side = side(recorder.positive());
    int sideNumber = reps;
    if (side.isPresent()) {
      sideNumber = side.get() == Side.LEFT ? ++leftReps : ++rightReps;
    }
    return new Rep(reps, side, sideNumber, t, duration, held, rangeFraction);
  }

  @Override
  public List<DetectorEvent> missing(double timeSeconds) {
    if (state == State.MOVING) {
      recorder.holdUpdate(timeSeconds, false);
    }
    if (!Double.isNaN(lastSampleTime) && timeSeconds - lastSampleTime > MAX_GAP_SECONDS) {
      abandon();
    }
    return List.of();
  }

  @Override
  public void abandon() {
    recorder.clear(Double.isNaN(lastSampleTime) ? 0 : lastSampleTime);
    endSwitch.reset();
    state = State.WAITING;
  }

  @Override
  public DetectorStatus status() {
    boolean positive = state == State.MOVING ? recorder.positive() : true;
    Thresholds th = thresholds(positive);
    Phase phase = Phase.REST;
    if (state == State.MOVING) {
      if (!recorder.reached()) {
        phase = Phase.OUTWARD;
      } else {
        phase = lastMagnitude >= th.enter() ? Phase.AT_END : Phase.RETURNING;
      }
    }
    double progress = Math.max(0, Math.min(1, lastMagnitude / th.range()));
    return new DetectorStatus(
        phase,
        progress,
        positive,
        state == State.MOVING ? side(positive) : Optional.empty(),
        state == State.MOVING ? recorder.heldSeconds() : 0,
        reps,
        leftReps,
        rightReps);
  }

  @Override
  public RangeCalibration calibration() {
    return calibration;
  }

  private boolean direction(double e, SignalSample sample) {
    return switch (config.shape()) {
      case SIGNED_SIDES -> e >= 0;
      case VOTED_SIDES -> !sample.hasSideVote() || sample.sideVote() >= 0;
      default -> true;
    };
  }

  private Optional<Side> side(boolean positive) {
    return config.sided() ? Optional.of(positive ? Side.LEFT : Side.RIGHT) : Optional.empty();
  }

  private Thresholds thresholds(boolean positive) {
    double minRange = config.minRangeFraction() * calibration.nominal(positive);
    return Thresholds.of(calibration.range(positive), minRange, calibration.isCalibrated(positive));
  }
}
