package org.posecoach.session;

import org.posecoach.motion.vocabulary.Side;

/** Reads a session snapshot's count the way a test compares it with what the screen showed. */
public final class RepsDone {
  private RepsDone() {}

  /** Repetitions (or holds) done in the snapshot's step on the side that counts now. */
  public static int in(SessionSnapshot snapshot) {
    return snapshot
        .analyzer()
        .map(
            a ->
                snapshot
                    .expectedSide()
                    .map(s -> s == Side.LEFT ? a.leftReps() : a.rightReps())
                    .orElse(a.reps()))
        .orElse(0);
  }
}
