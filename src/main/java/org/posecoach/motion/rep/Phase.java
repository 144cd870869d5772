package org.posecoach.motion.rep;

/** Where a repetition stands, for a tempo gauge. */
public enum Phase {
  /** In (or near) the start position. */
  REST,
  /** Moving out towards the end position, not there yet. */
  OUTWARD,
  /** At the end position (past the upper threshold, or holding). */
  AT_END,
  /** Coming back from the end position, not yet through the centre. */
  RETURNING
}
