package org.posecoach.synthetic;

import org.posecoach.motion.vocabulary.ExerciseSettings;
import org.posecoach.motion.vocabulary.Side;

/**
 * How a set departs from the ordinary one the demo clip shows: the person, the tempo, and the
 * irregular repetitions and interruptions the counting tests are held to. {@link #ORDINARY} is the
 * performer's default; the test fixtures set the rest.
 *
 * @param heightM standing height, metres (segment proportions vary around the average)
 * @param fidgetLevel 0 still, 1 ordinary, 2 restless
 * @param rangeOfMotion the person's range as a fraction of the textbook range
 * @param tempoFactor repetition durations relative to the ordinary tempo (above 1 slower)
 * @param tempoChange the second half of the set at this factor of the first half's tempo
 * @param maxPauseSeconds rests between repetitions, up to this long
 * @param partialReps extra partial repetitions, after calibration
 * @param jerkyReps repetitions done in jerks, replacing ordinary ones
 * @param noHoldReps repetitions without the end hold, replacing ordinary ones
 * @param fast every repetition well under the tempo bound
 * @param shortHold glute stretch: the first hold released early, then done again in full
 * @param catFirst cat-camel: whether each cycle starts with the cat (else the camel)
 * @param asymmetryWeakSide the side that reaches only {@code asymmetryFactor} of the other's range
 *     in the coach's signal, or null
 * @param asymmetryFactor see {@code asymmetryWeakSide}
 * @param getOut gets up and stands at the end
 * @param leaveMidway gets up halfway through the set and comes back
 * @param outOfFrame the needed body part leaves the image for 3 s a third of the way through
 * @param idleSeconds when positive, no repetitions: holds the start position this long
 * @param nodReps cat-camel: one run of this many cycles of the head alone
 * @param backOnlyReps cat-camel: cycles of the back alone, replacing ordinary ones
 * @param settings the settings the analyzer will use (sides, views), or null for the routine's
 */
record SetVariations(
    double heightM,
    double fidgetLevel,
    double rangeOfMotion,
    double tempoFactor,
    double tempoChange,
    double maxPauseSeconds,
    int partialReps,
    int jerkyReps,
    int noHoldReps,
    boolean fast,
    boolean shortHold,
    boolean catFirst,
    Side asymmetryWeakSide,
    double asymmetryFactor,
    boolean getOut,
    boolean leaveMidway,
    boolean outOfFrame,
    double idleSeconds,
    int nodReps,
    int backOnlyReps,
    ExerciseSettings settings) {

  /** An ordinary set by a person of average height, resting up to a second between repetitions. */
  static final SetVariations ORDINARY =
      new SetVariations(
          1.75, 1, 1.0, 1.0, 1.0, 1.0, 0, 0, 0, false, false, true, null, 0.55, false, false, false,
          0, 0, 0, null);

  SetVariations {
    if (!(heightM >= 1.2 && heightM <= 2.2)) {
      throw new IllegalArgumentException("height must be 1.2-2.2 m, got " + heightM);
    }
    if (nodReps < 0 || backOnlyReps < 0) {
      throw new IllegalArgumentException("repetition counts cannot be negative");
    }
  }
}
