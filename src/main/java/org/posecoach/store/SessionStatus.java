package org.posecoach.store;

/** Where a session stands. */
public enum SessionStatus {
  /** Being recorded now (or its process died and the store has not been opened since). */
  IN_PROGRESS("in progress"),
  /** Ended by the session engine after the last step. */
  COMPLETED("completed"),
  /**
   * Stopped before the last step: the user ended it, the clip ended, or a crash or kill (told apart
   * by the steps' own states). Everything recorded before is kept.
   */
  ABORTED("ended early");

  private final String word;

  SessionStatus(String word) {
    this.word = word;
  }

  /** The word stored in the database and the JSON: {@code in_progress}, {@code aborted}, … */
  public String id() {
    return StatusWords.id(this);
  }

  /** The words shown to the user: "completed", "ended early", … */
  public String word() {
    return word;
  }

  static SessionStatus fromId(String id) {
    return StatusWords.fromId(SessionStatus.class, id);
  }
}
