package org.posecoach.store;

/**
 * How a step of a session stands, one word per state from the coach's banner to the history and the
 * {@code analyze} report. A step the session never got to has no row in the history; it is {@link
 * #NOT_REACHED} where the routine's plan is shown beside the record.
 */
public enum StepStatus {
  IN_PROGRESS("in progress"),
  /** Its target was met (with {@code analyze --exercise}: the input was counted to its end). */
  COMPLETED("completed"),
  /** The session ended during it after some reps or holds were counted. */
  PARTLY_DONE("partly done"),
  /** The user moved on before its target (it may still hold some reps). */
  SKIPPED("skipped"),
  /** The user started it again; this attempt's reps are kept, the next attempt is its own step. */
  RESTARTED("restarted"),
  /** The session ended during it (quit, end of the video, crash) before anything was counted. */
  ENDED_EARLY("ended early"),
  /** The session ended before it began. Never stored. */
  NOT_REACHED("not reached");

  private final String word;

  StepStatus(String word) {
    this.word = word;
  }

  /** The word stored in the database and the JSON: {@code in_progress}, {@code partly_done}, … */
  public String id() {
    return StatusWords.id(this);
  }

  /** The words shown to the user: "partly done", "ended early", … */
  public String word() {
    return word;
  }

  /** How a step that was under way when its session ended stands, given whether it counted any. */
  public static StepStatus cutShort(boolean countedAny) {
    return countedAny ? PARTLY_DONE : ENDED_EARLY;
  }

  static StepStatus fromId(String id) {
    return StatusWords.fromId(StepStatus.class, id);
  }
}
