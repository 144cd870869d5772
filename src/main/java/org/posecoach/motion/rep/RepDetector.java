package org.posecoach.motion.rep;

import java.util.List;
import org.posecoach.motion.signal.SignalSample;

/**
 * Counts repetitions in a smoothed exercise signal.
 *
 * <p>Inputs, in time order: {@link #start()} once the user is in the exercise's position, then one
 * {@link #update} per frame with the smoothed signal and its rate of change, or {@link
 * #missing(double)} for a frame whose required joints are not visible (which never counts
 * anything). Outputs: the {@link DetectorEvent}s of that frame, and a {@link DetectorStatus} for
 * the overlay. Thresholds are hysteresis thresholds with a dead band, relative to the learnt start
 * value and to the user's calibrated range ({@link RangeCalibration}). The start value is learnt
 * from the movement itself, so the user may start moving at once or start at an end position:
 * signals that move one way from the start take the lowest value seen; signed and two-ended ones
 * start from the signal's textbook rest value and follow the user's rest.
 *
 * <pre>{@code
 * RepDetector detector = RepDetectors.create(config);
 * detector.start();
 * for (Frame f : frames) {
 *   for (DetectorEvent e : detector.update(f.t(), f.smoothedSample(), f.velocity())) {
 *     if (e instanceof DetectorEvent.RepDone done) {
 *       System.out.println("rep " + done.rep().number());
 *     }
 *   }
 * }
 * }</pre>
 */
public interface RepDetector {

  /**
   * Begins counting (again): the next samples teach the start value. Counts and the learnt ranges
   * are kept.
   */
  void start();

  /**
   * Feeds one frame.
   *
   * @param timeSeconds frame time, increasing
   * @param smoothed the smoothed signal sample
   * @param velocity the signal's smoothed rate of change, in signal units per second
   * @return events of this frame, in order; empty most of the time
   */
  List<DetectorEvent> update(double timeSeconds, SignalSample smoothed, double velocity);

  /** A frame without a usable sample: time passes, nothing is counted. */
  List<DetectorEvent> missing(double timeSeconds);

  /**
   * Drops the movement in progress without counting it (the user left the position); the next
   * movement starts only after a return to rest. Counts and calibration are kept.
   */
  void abandon();

  DetectorStatus status();

  /** Whether the start value is known, so that movements are measured from it. */
  boolean hasStartValue();

  /**
   * The levels a movement towards positive (or negative) values is compared against now, as
   * distances from {@link RangeCalibration#neutral()}: for overlays, plots and traces.
   */
  Thresholds thresholds(boolean positive);

  RangeCalibration calibration();
}
