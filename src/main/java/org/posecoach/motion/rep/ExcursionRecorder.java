package org.posecoach.motion.rep;

import java.util.List;
import java.util.Optional;
import org.posecoach.motion.Side;
import org.posecoach.motion.rep.Trajectory.Point;

/**
 * Bookkeeping shared by the detectors: the recent trajectory, when the user last rested, and the
 * peak, votes, hold and timing of the movement in progress.
 */
final class ExcursionRecorder {

  /** Longest movement kept for analysis; a repetition with a long hold fits well within it. */
  private static final double KEEP_SECONDS = 60;

  private final Trajectory trajectory = new Trajectory(KEEP_SECONDS);
  private final HoldTimer hold;

  private boolean active;
  private boolean positive;
  private double onset;
  private double outwardExit;
  private double peak;
  private double reached = Double.NaN;
  private double voteSum;
  private double firstKept = Double.NaN;
  private double lastKept = Double.NaN;

  private double lastRest = Double.NaN;
  private double restMin = Double.POSITIVE_INFINITY;
  private double restMinTime = Double.NaN;

  ExcursionRecorder(double holdGraceSeconds) {
    hold = new HoldTimer(holdGraceSeconds);
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
    firstKept = Double.NaN;
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
      if (Double.isNaN(firstKept)) {
        firstKept = timeSeconds;
      }
      lastKept = timeSeconds;
    }
  }

  /** Ends the movement and measures it. */
  Excursion finish(
      double timeSeconds, Thresholds thresholds, boolean calibrated, Optional<Side> side) {
    // The movement out ends where the end position was first held still (or at the peak); the
    // movement back starts where it was last held still. A hold in between is not movement.
    List<Point> all = trajectory.since(onset);
    double startLevel = all.isEmpty() ? 0 : all.get(0).value();
    double outRatio;
    double backRatio;
    if (Double.isNaN(firstKept)) {
      outRatio = MovementQuality.speedRatio(all, startLevel, peak);
      backRatio = MovementQuality.descentRatio(all, peak, thresholds.exit());
    } else {
      List<Point> out = until(all, firstKept);
      List<Point> back = trajectory.since(lastKept);
      outRatio = MovementQuality.speedRatio(out, startLevel, out.get(out.size() - 1).value());
      backRatio = MovementQuality.speedRatio(back, back.get(0).value(), thresholds.exit());
    }
    double smoothness = minIgnoringNaN(outRatio, backRatio);
    // The last stretch back to rest mirrors the first stretch out of it.
    double duration = (timeSeconds - onset) + (outwardExit - onset);
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
            smoothness,
            duration);
    clear(timeSeconds);
    return e;
  }

  /** Drops the movement in progress. */
  void clear(double timeSeconds) {
    active = false;
    lastRest = Double.NaN;
    restMin = Double.POSITIVE_INFINITY;
    restMinTime = timeSeconds;
    hold.reset();
  }

  boolean active() {
    return active;
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

  double reachedTime() {
    return reached;
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

  private static List<Point> until(List<Point> points, double timeSeconds) {
    int end = 0;
    while (end < points.size() && points.get(end).timeSeconds() <= timeSeconds) {
      end++;
    }
    return points.subList(0, Math.max(1, end));
  }

  private static double minIgnoringNaN(double a, double b) {
    if (Double.isNaN(a)) {
      return b;
    }
    return Double.isNaN(b) ? a : Math.min(a, b);
  }
}
