package org.posecoach.motion.signal;

/**
 * One frame's measurement of an exercise signal.
 *
 * @param value the signal, in the signal's {@link ExerciseSignal#unit()}
 * @param sideVote for {@link SignalShape#VOTED_SIDES} signals, evidence of the side: positive for
 *     the person's left, negative for the right, in torso lengths, 0 when undecided; {@code NaN}
 *     for other shapes
 */
public record SignalSample(double value, double sideVote) {

  public static SignalSample of(double value) {
    return new SignalSample(value, Double.NaN);
  }

  public boolean hasSideVote() {
    return !Double.isNaN(sideVote);
  }
}
