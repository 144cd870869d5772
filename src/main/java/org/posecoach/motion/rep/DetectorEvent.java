package org.posecoach.motion.rep;

import java.util.Optional;
import org.posecoach.motion.vocabulary.Side;

/** What a {@link RepDetector} reports after a sample. */
public sealed interface DetectorEvent {

  double timeSeconds();

  /** A repetition was counted (or a timed hold completed). */
  record RepDone(Rep rep) implements DetectorEvent {
    @Override
    public double timeSeconds() {
      return rep.timeSeconds();
    }
  }

  /** The end position was reached in a direction. */
  record EndReached(double timeSeconds, boolean positive, Optional<Side> side)
      implements DetectorEvent {}

  /**
   * A movement came back through the centre; reported for every excursion that reached the end
   * position and for visible attempts that did not.
   */
  record ExcursionDone(Excursion excursion) implements DetectorEvent {
    @Override
    public double timeSeconds() {
      return excursion.endSeconds();
    }
  }
}
