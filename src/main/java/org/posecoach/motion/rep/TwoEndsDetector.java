package org.posecoach.motion.rep;

import java.util.List;
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
 * ExcursionDetector#MIN_END_SECONDS}, lower threshold to come back through the centre) and its own
 * calibrated range. A repetition's duration is the full cycle: twice the time between reaching the
 * two ends (both are reached at the same fraction of their range, so the half cycle between them is
 * measured without bias).
 */
public final class TwoEndsDetector extends ExcursionDetector {

  /** How fast the start value follows a still rest before any end was reached. */
  static final double SETTLE_TIME_CONSTANT_SECONDS = 1.0;

  private boolean started;
  private boolean positiveReachedEver;
  private boolean negativeReachedEver;
  private double lastSigned;
  private boolean positiveReached;
  private boolean negativeReached;
  private double lastPositiveReachedTime = Double.NaN;
  private double lastNegativeReachedTime = Double.NaN;

  public TwoEndsDetector(DetectorConfig config) {
    super(config);
    if (config.shape() != SignalShape.TWO_ENDS) {
      throw new IllegalArgumentException("TwoEndsDetector reads two-ended signals only");
    }
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
    dropMovement(State.REST);
  }

  @Override
  void onSample(
      double timeSeconds, SignalSample smoothed, double velocity, List<DetectorEvent> events) {
    settle(smoothed.value(), velocity);
    double e = smoothed.value() - calibration.neutral();
    double m = Math.abs(e);
    boolean positive = e >= 0;
    lastSigned = e;
    recorder.record(timeSeconds, m);

    switch (state) {
      case WAITING -> waitForRest(timeSeconds, m, thresholds(positive).exit());
      case REST -> rest(timeSeconds, smoothed.value(), m, positive, velocity);
      case MOVING -> {
        if (positive != recorder.positive() && m > 0) {
          // Swung through the centre between two frames.
          finish(timeSeconds, events);
          rest(timeSeconds, smoothed.value(), m, positive, velocity);
        } else {
          moving(timeSeconds, m, velocity, events);
        }
      }
      default -> throw new AssertionError(state);
    }
  }

  /**
   * Until an end is first reached, a signal held still short of both ends is the user's own rest (a
   * flat back is not flat to the same degree in everyone, or from every camera): the start value
   * follows it within about a second. A still signal beyond an end threshold is an end position the
   * user started in, and is left alone.
   */
  private void settle(double value, double velocity) {
    if (positiveReachedEver || negativeReachedEver) {
      return;
    }
    double e = value - calibration.neutral();
    Thresholds th = thresholds(e >= 0);
    if (Math.abs(e) < th.enter()
        && Math.abs(velocity) <= HOLD_MAX_SPEED_RANGES_PER_SECOND * th.range()) {
      calibration.trackNeutral(value, secondsSinceLastSample(), SETTLE_TIME_CONSTANT_SECONDS);
    }
  }

  private void rest(double t, double value, double m, boolean positive, double velocity) {
    if (atRest(t, value, m, thresholds(positive), velocity)) {
      beginMovement(t, positive, m);
      recorder.sample(t, m, Double.NaN);
    }
  }

  private void moving(double t, double m, double velocity, List<DetectorEvent> events) {
    boolean positive = recorder.positive();
    recorder.sample(t, m, Double.NaN);
    Thresholds th = thresholds(positive);
    if (followEnd(t, m, velocity, th, events)) {
      endReached(t, endSwitch.onSinceSeconds(), positive, events);
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
      double cycle = 2 * (reachedAt - otherTime);
      double fraction = recorder.peak() / thresholds(positive).range();
      events.add(new RepDone(count(t, 0, cycle, fraction, positive)));
      positiveReached = false;
      negativeReached = false;
    }
  }

  private void finish(double t, List<DetectorEvent> events) {
    double outwardExit = recorder.outwardExit();
    Excursion x = finishMovement(t);
    if (x.reachedEnd()) {
      calibration.addPeak(x.positive(), x.peak());
      events.add(new ExcursionDone(x));
    } else if ((positiveReachedEver || negativeReachedEver) && isAttempt(x, t, outwardExit)) {
      // Before any end was reached the user is settling in: short movements are not attempts.
      events.add(new ExcursionDone(x));
    }
  }

  @Override
  public void abandon() {
    // An end reached before the interruption does not pair with one reached after it.
    positiveReached = false;
    negativeReached = false;
    dropMovement(State.WAITING);
  }

  @Override
  public boolean hasStartValue() {
    return started;
  }

  @Override
  public DetectorStatus status() {
    return status(lastSigned >= 0, Math.abs(lastSigned));
  }
}
