package org.posecoach.session;

/** Where a coaching session stands. */
public enum SessionPhase {
  /** A step is on, the person is not counting yet (getting into its start position). */
  GET_READY,
  /** A step is on and repetitions (or holds) are being counted. */
  ACTIVE,
  /** Between steps: a rest countdown. */
  REST,
  /** The user paused; nothing is counted and the rest clock stands still. */
  PAUSED,
  /** Every step is done, or the session was ended. */
  DONE
}
