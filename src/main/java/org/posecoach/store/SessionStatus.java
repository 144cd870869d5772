package org.posecoach.store;

/** Where a session stands. */
public enum SessionStatus {
  /** Being recorded now (or its process died and the store has not been opened since). */
  IN_PROGRESS,
  /** Ended by the session engine after the last step, or ended early by the user. */
  COMPLETED,
  /** Stopped before the end: quit, crash or kill. Everything recorded before is kept. */
  ABORTED;

  /** The word stored in the database and shown by {@code history}: {@code in_progress}, … */
  public String id() {
    return StatusWords.id(this);
  }

  static SessionStatus fromId(String id) {
    return StatusWords.fromId(SessionStatus.class, id);
  }
}
