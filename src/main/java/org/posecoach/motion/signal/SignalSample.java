package org.posecoach.motion.signal;

import java.util.Objects;
import java.util.Optional;

/**
 * One frame's measurement of an exercise signal.
 *
 * @param value the signal, in the signal's {@link ExerciseSignal#unit()}
 * @param sideVote for {@link SignalShape#VOTED_SIDES} signals once read against the start position,
 *     evidence of the side: positive for the person's left, negative for the right, 0 when
 *     undecided; {@code NaN} for other shapes and before that reading
 * @param sideCues for {@link SignalShape#VOTED_SIDES} signals, the frame's raw side evidence, which
 *     {@link ExerciseSignal#sideVote(SideCues, SideCues)} turns into a vote
 */
public record SignalSample(double value, double sideVote, Optional<SideCues> sideCues) {

  public SignalSample {
    Objects.requireNonNull(sideCues, "sideCues");
  }

  public SignalSample(double value, double sideVote) {
    this(value, sideVote, Optional.empty());
  }

  public static SignalSample of(double value) {
    return new SignalSample(value, Double.NaN);
  }

  /** A voted-sides sample: the value and its raw side evidence, not yet a vote. */
  public static SignalSample withCues(double value, SideCues cues) {
    return new SignalSample(value, Double.NaN, Optional.of(cues));
  }

  public boolean hasSideVote() {
    return !Double.isNaN(sideVote);
  }
}
