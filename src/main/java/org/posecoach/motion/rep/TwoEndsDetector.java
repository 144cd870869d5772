package org.posecoach.motion.rep;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.posecoach.motion.rep.DetectorEvent.EndReached;
import org.posecoach.motion.rep.DetectorEvent.ExcursionDone;
import org.posecoach.motion.rep.DetectorEvent.RepDone;
import org.posecoach.motion.signal.SignalSample;
import org.posecoach.motion.signal.SignalShape;

/**
 * Counts repetitions that need both ends of a signal: cat-camel, where one repetition is the cat
 * (negative end) and the camel (positive end) reached once each, in either order, counted when the
 * second of the two is reached. Cow, cat, cow, cat, cow, cat is three repetitions.
 *
 * <p>Each direction has its own hysteresis (upper threshold held {@link
 * OutAndBackDetector#MIN_END_SECONDS}, lower threshold to come back through the centre) and its own
 * calibrated range. A repetition's duration is the full cycle: twice the time between reaching the
 * two ends (both are reached at the same fraction of their range, so the half cycle between them is
 * measured without bias).
 */
public final class TwoEndsDetector implements RepDetector {

  private enum State {
    WAITING,
    REST,
    MOVING
  }

  private final DetectorConfig config;
  private final RangeCalibration calibration;
  private final ExcursionRecorder recorder;
  private final HysteresisSwitch endSwitch =
      new HysteresisSwitch(OutAndBackDetector.MIN_END_SECONDS);

  /** How fast the start value follows a still rest before any end was reached. */
  static final double SETTLE_TIME_CONSTANT_SECONDS = 1.0;

  private State state = State.WAITING;
  private boolean started;
  private boolean positiveReachedEver;
  private boolean negativeReachedEver;
  private double lastSampleTime = Double.NaN;
  private double lastSigned;
  private boolean positiveReached;
  private boolean negativeReached;
  private double lastPositiveReachedTime = Double.NaN;
  private double lastNegativeReachedTime = Double.NaN;
  private int reps;

  public TwoEndsDetector(DetectorConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    if (config.shape() != SignalShape.TWO_ENDS) {
      throw new IllegalArgumentException("TwoEndsDetector reads two-ended signals only");
    }
    calibration = new RangeCalibration(config.nominalPositive(), config.nominalNegative());
    recorder =
        new ExcursionRecorder(OutAndBackDetector.HOLD_GRACE_SECONDS, config.quadraticNearRest());
  }

  /**
   * Begins counting from the signal's textbook rest value (a flat back), which the user's own rest
   * then replaces; an end position held at the start counts as that end reached.
   */
  @Override
  public void start() {
    if (!started) {
      calibration.setNeutral(config.restValue());
      started = true;
    }
    recorder.clear(Double.isNaN(lastSampleTime) ? 0 : lastSampleTime);
    endSwitch.reset();
    state = State.REST;
  }

  @Override
  public List<DetectorEvent> update(double timeSeconds, SignalSample smoothed, double velocity) {
    List<DetectorEvent> events = new ArrayList<>();
    if (!Double.isNaN(lastSampleTime)
        && timeSeconds - lastSampleTime > OutAndBackDetector.MAX_GAP_SECONDS) {
      abandon();
    }
    double dt = Double.isNaN(lastSampleTime) ? 0 : timeSeconds - lastSampleTime;
    lastSampleTime = timeSeconds;
    settle(smoothed.value(), velocity, dt);
    double e = smoothed.value() - calibration.neutral();
    double m = Math.abs(e);
    boolean positive = e >= 0;
    lastSigned = e;
    recorder.record(timeSeconds, m);

    switch (state) {
      case WAITING -> {
        if (m <= thresholds(positive).exit()) {
          state = State.REST;
          recorder.clear(timeSeconds);
        }
      }
      case REST -> rest(timeSeconds, smoothed.value(), m, positive, velocity, dt);
      case MOVING -> {
        if (positive != recorder.positive() && m > 0) {
          // Swung through the centre between two frames.
          finish(timeSeconds, events);
          rest(timeSeconds, smoothed.value(), m, positive, velocity, dt);
        } else {
          moving(timeSeconds, m, velocity, events);
        }
      }
      default -> throw new AssertionError(state);
    }
    return events;
  }

  /**
   * Until an end is first reached, a signal held still short of both ends is the user's own rest (a
   * flat back is not flat to the same degree in everyone, or from every camera): the start value
   * follows it within about a second. A still signal beyond an end threshold is an end position the
   * user started in, and is left alone.
   */
  private void settle(double value, double velocity, double dt) {
    if (positiveReachedEver || negativeReachedEver) {
      return;
    }
    double e = value - calibration.neutral();
    Thresholds th = thresholds(e >= 0);
    if (Math.abs(e) < th.enter()
        && Math.abs(velocity) <= OutAndBackDetector.HOLD_MAX_SPEED_RANGES_PER_SECOND * th.range()) {
      calibration.trackNeutral(value, dt, SETTLE_TIME_CONSTANT_SECONDS);
    }
  }

  private void rest(
      double t, double value, double m, boolean positive, double velocity, double dt) {
    Thresholds th = thresholds(positive);
    recorder.rest(t, m, th.rest());
    if (m <= th.exit()
        && Math.abs(velocity)
            <= OutAndBackDetector.NEUTRAL_MAX_SPEED_RANGES_PER_SECOND * th.range()) {
      calibration.trackNeutral(value, dt);
    }
    if (m > th.exit()) {
      recorder.begin(t, positive, m);
      recorder.sample(t, m, Double.NaN);
      endSwitch.reset();
      state = State.MOVING;
    }
  }

  private void moving(double t, double m, double velocity, List<DetectorEvent> events) {
    boolean positive = recorder.positive();
    recorder.sample(t, m, Double.NaN);
    Thresholds th = thresholds(positive);
    boolean wasReached = recorder.reached();
    endSwitch.update(t, m, th.enter(), th.exit());
    if (endSwitch.isOn() && !wasReached) {
      double reachedAt = endSwitch.onSinceSeconds();
      recorder.markReached(reachedAt);
      events.add(new EndReached(t, positive, Optional.empty()));
      endReached(t, reachedAt, positive, events);
    }
    if (recorder.reached()) {
      boolean kept =
          m >= th.enter()
              && Math.abs(velocity)
                  <= OutAndBackDetector.HOLD_MAX_SPEED_RANGES_PER_SECOND * th.range();
      recorder.holdUpdate(t, kept);
    }
    if (m <= th.exit()) {
      finish(t, events);
    }
  }

  private void endReached(
      double t, double reachedAt, boolean positive, List<DetectorEvent> events) {
    double otherTime = positive ? lastNegativeReachedTime : lastPositiveReachedTime;
    boolean otherReached = positive ? negativeReached : positiveReached;
    if (positive) {
      positiveReachedEver = true;
      positiveReached = true;
      lastPositiveReachedTime = reachedAt;
    } else {
      negativeReachedEver = true;
      negativeReached = true;
      lastNegativeReachedTime = reachedAt;
    }
    if (otherReached) {
      reps++;
      double cycle = 2 * (reachedAt - otherTime);
      double fraction = recorder.peak() / thresholds(positive).range();
      events.add(new RepDone(new Rep(reps, Optional.empty(), reps, t, cycle, 0, fraction)));
      positiveReached = false;
      negativeReached = false;
    }
  }

  private void finish(double t, List<DetectorEvent> events) {
    boolean positive = recorder.positive();
    boolean reached = recorder.reached();
    double outwardExit = recorder.outwardExit();
    boolean calibrated = calibration.isCalibrated(positive);
    Excursion x = recorder.finish(t, thresholds(positive), calibrated, Optional.empty());
    endSwitch.reset();
    state = State.REST;
    if (reached) {
      calibration.addPeak(positive, x.peak());
      events.add(new ExcursionDone(x));
    } else if ((positiveReachedEver || negativeReachedEver)
        && x.peak() >= x.thresholds().attempt()
        && t - outwardExit >= OutAndBackDetector.MIN_ATTEMPT_SECONDS) {
      // Before any end was reached the user is settling in: short movements are not attempts.
      events.add(new ExcursionDone(x));
    }
  }

  @Override
  public List<DetectorEvent> missing(double timeSeconds) {
    if (state == State.MOVING) {
      recorder.holdUpdate(timeSeconds, false);
    }
    if (!Double.isNaN(lastSampleTime)
        && timeSeconds - lastSampleTime > OutAndBackDetector.MAX_GAP_SECONDS) {
      abandon();
    }
    return List.of();
  }

  @Override
  public void abandon() {
    recorder.clear(Double.isNaN(lastSampleTime) ? 0 : lastSampleTime);
    endSwitch.reset();
    // An end reached before the interruption does not pair with one reached after it.
    positiveReached = false;
    negativeReached = false;
    state = State.WAITING;
  }

  @Override
  public boolean hasStartValue() {
    return started;
  }

  @Override
  public DetectorStatus status() {
    boolean positive = state == State.MOVING ? recorder.positive() : lastSigned >= 0;
    Thresholds th = thresholds(positive);
    double m = Math.abs(lastSigned);
    Phase phase = state == State.MOVING ? recorder.phase(m, th) : Phase.REST;
    return new DetectorStatus(
        phase,
        Math.max(0, Math.min(1, m / th.range())),
        positive,
        Optional.empty(),
        state == State.MOVING ? recorder.heldSeconds() : 0,
        reps,
        0,
        0);
  }

  @Override
  public RangeCalibration calibration() {
    return calibration;
  }

  @Override
  public Thresholds thresholds(boolean positive) {
    double minRange = config.minRangeFraction() * calibration.nominal(positive);
    return Thresholds.of(calibration.range(positive), minRange, calibration.isCalibrated(positive));
  }
}
