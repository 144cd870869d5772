package org.posecoach.motion.signal;

/** How a signal's value moves during one repetition, which decides how repetitions are read. */
public enum SignalShape {
  /** Rises from the start value to the end position and falls back (knees to chest). */
  ONE_WAY,
  /**
   * Moves positive for the person's left side and negative for the right, and back through the
   * start value (knee sway seen from the feet).
   */
  SIGNED_SIDES,
  /**
   * Rises for either side alike; which side is told by {@link SignalSample#sideVote()} (knee drop
   * seen from the side, where left and right drops both lower the knees).
   */
  VOTED_SIDES,
  /** Swings between a negative end and a positive end, both needed for a repetition (cat-camel). */
  TWO_ENDS
}
