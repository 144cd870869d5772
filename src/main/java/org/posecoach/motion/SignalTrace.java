package org.posecoach.motion;

import org.posecoach.motion.rep.Phase;
import org.posecoach.motion.rep.Thresholds;
import org.posecoach.motion.vocabulary.CameraView;

/**
 * One counted frame as the analyzer saw it, for plots and tuning: the exercise signal raw and
 * smoothed, the start value it is measured from and the detector's levels at that moment.
 *
 * @param timeSeconds the frame's time
 * @param view the camera view the signal was read for
 * @param signal the signal's name, e.g. {@code back_arch}
 * @param raw the frame's measurement
 * @param smoothed after the median and One Euro filters
 * @param startValue the learnt start value (the detector's neutral); NaN while not yet learnt
 * @param positive the levels towards positive values, as distances from the start value
 * @param negative the levels towards negative values
 * @param phase where the repetition stood after this frame
 */
public record SignalTrace(
    double timeSeconds,
    CameraView view,
    String signal,
    double raw,
    double smoothed,
    double startValue,
    Thresholds positive,
    Thresholds negative,
    Phase phase) {

  /** Receives the trace of every counted frame. */
  @FunctionalInterface
  public interface Listener {
    void onSample(SignalTrace sample);
  }
}
