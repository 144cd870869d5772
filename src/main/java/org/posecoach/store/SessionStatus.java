package org.posecoach.store;

import java.util.Locale;

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
    return name().toLowerCase(Locale.ROOT);
  }

  static SessionStatus fromId(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
