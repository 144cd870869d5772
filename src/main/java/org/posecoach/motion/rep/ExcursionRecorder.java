package org.posecoach.motion.rep;

import java.util.List;
import java.util.Optional;
import org.posecoach.motion.rep.Trajectory.Point;
import org.posecoach.motion.vocabulary.Side;

/**
 * Bookkeeping shared by the detectors: the recent trajectory, when the user last rested, and the
 * peak, votes, hold and timing of the movement in progress.
 */
final class ExcursionRecorder {

  /** Longest movement kept for analysis; a repetition with a long hold fits well within it. */
  private static final double KEEP_SECONDS = 60;

  /** The second of rest before a movement shows the signal's jitter. */
  private static final double REST_JITTER_SECONDS = 1.0;

  private final Trajectory trajectory = new Trajectory(KEEP_SECONDS);
  private final HoldTimer hold;

  private boolean active;
  private boolean positive;
  private double onset;
  private double outwardExit;
  private double peak;
  private double reached = Double.NaN;
  private double voteSum;
  private double lastKept = Double.NaN;

  private double lastRest = Double.NaN;
  private double lastEnd = Double.NEGATIVE_INFINITY;
  private double restMin = Double.POSITIVE_INFINITY;
  private double restMinTime = Double.NaN;

  private final boolean quadratic;

  /**
   * @param holdGraceSeconds the hold timer's grace period
   * @param quadratic whether the signal grows with the square of the movement near rest
   */
  ExcursionRecorder(double holdGraceSeconds, boolean quadratic) {
    hold = new HoldTimer(holdGraceSeconds);
    this.quadratic = quadratic;
  }

  /** Records a sample's distance from the start value (magnitude, signal units). */
  void record(double timeSeconds, double magnitude) {
    trajectory.add(timeSeconds, magnitude);
  }

  /** A sample while at rest (not in a movement). */
  void rest(double timeSeconds, double magnitude, double restLevel) {
    if (magnitude <= restMin) {
      restMin = magnitude;
      restMinTime = timeSeconds;
    }
    if (magnitude <= restLevel) {
      lastRest = timeSeconds;
    }
  }

  /** Starts a movement at {@code timeSeconds}, when it crossed the lower threshold outwards. */
  void begin(double timeSeconds, boolean positiveDirection, double magnitude) {
    active = true;
    positive = positiveDirection;
    onset = !Double.isNaN(lastRest) ? lastRest : restMinTime;
    if (Double.isNaN(onset)) {
      onset = timeSeconds;
    }
    outwardExit = timeSeconds;
    peak = magnitude;
    reached = Double.NaN;
    voteSum = 0;
    lastKept = Double.NaN;
    hold.reset();
  }

  /** A sample during the movement. */
  void sample(double timeSeconds, double magnitude, double vote) {
    if (magnitude > peak) {
      peak = magnitude;
    }
    if (!Double.isNaN(vote)) {
      voteSum += vote * magnitude;
    }
  }

  void markReached(double timeSeconds) {
    if (Double.isNaN(reached)) {
      reached = timeSeconds;
    }
  }

  void holdUpdate(double timeSeconds, boolean kept) {
    hold.update(timeSeconds, kept);
    if (kept) {
      lastKept = timeSeconds;
    }
  }

  /** Ends the movement and measures it. */
  Excursion finish(
      double timeSeconds, Thresholds thresholds, boolean calibrated, Optional<Side> side) {
    // The movement out runs from rest to where it first stops near the peak (a pause on the way
    // counts against it); the movement back starts where the end position was last held still,
    // or at the peak. A hold at the end is not movement.
    // Jitter is measured at rest just before the movement, where the signal is only jitter.
    double restFrom = Math.max(onset - REST_JITTER_SECONDS, lastEnd);
    double jitter = MovementQuality.jitter(trajectory.between(restFrom, onset));
    List<Point> all = trajectory.since(onset);
    int out = MovementQuality.approach(all, peak, jitter);
    int back;
    if (Double.isNaN(lastKept)) {
      back = MovementQuality.descent(all, peak, thresholds.exit(), jitter);
    } else {
      List<Point> returning = trajectory.since(lastKept);
      back =
          MovementQuality.submovements(
              returning, returning.get(0).value(), thresholds.exit(), jitter);
    }
    int submovements = Math.max(out, back);
    double duration = duration(timeSeconds - outwardExit, thresholds.exit() / peak, quadratic);
    Excursion e =
        new Excursion(
            positive,
            side,
            onset,
            reached,
            timeSeconds,
            peak,
            thresholds,
            calibrated,
            hold.heldSeconds(),
            submovements,
            duration);
    clear(timeSeconds);
    return e;
  }

  /** Drops the movement in progress. */
  void clear(double timeSeconds) {
    active = false;
    lastEnd = timeSeconds;
    lastRest = Double.NaN;
    restMin = Double.POSITIVE_INFINITY;
    restMinTime = timeSeconds;
    hold.reset();
  }

  /**
   * A movement's duration from rest to rest, estimated from the time it spent beyond the lower
   * threshold: a smooth (raised-cosine) movement out and back spends the fraction {@code 1 - acos(1
   * - 2f) / pi} of its duration beyond a threshold at fraction {@code f} of its peak (two thirds of
   * it beyond a quarter). For a signal that grows with the square of the movement the threshold
   * sits at {@code sqrt(f)} of the movement. Timing from the threshold crossings, not from where
   * rest ends, keeps resting jitter out of the estimate.
   */
  static double duration(double secondsBeyondExit, double exitFractionOfPeak, boolean quadratic) {
    double f = Math.max(0, Math.min(0.9, exitFractionOfPeak));
    if (quadratic) {
      f = Math.sqrt(f);
    }
    return secondsBeyondExit / (1 - Math.acos(1 - 2 * f) / Math.PI);
  }

  boolean positive() {
    return positive;
  }

  void setPositive(boolean positiveDirection) {
    positive = positiveDirection;
  }

  boolean reached() {
    return !Double.isNaN(reached);
  }

  /**
   * The phase of the movement being recorded, now at {@code magnitude} from the start value: on the
   * way out until the end is reached, then at the end while past {@code th}'s enter level,
   * returning below it.
   */
  Phase phase(double magnitude, Thresholds th) {
    if (!reached()) {
      return Phase.OUTWARD;
    }
    return magnitude >= th.enter() ? Phase.AT_END : Phase.RETURNING;
  }

  double peak() {
    return peak;
  }

  double voteSum() {
    return voteSum;
  }

  double heldSeconds() {
    return hold.heldSeconds();
  }

  double onset() {
    return onset;
  }

  double outwardExit() {
    return outwardExit;
  }
}
