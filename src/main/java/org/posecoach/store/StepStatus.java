package org.posecoach.store;

/** Where a step stands. */
public enum StepStatus {
  IN_PROGRESS,
  /** Its target was met. */
  COMPLETED,
  /** The user skipped it (it may still hold some reps). */
  SKIPPED,
  /** The session stopped during it. */
  ABORTED;

  /** The word stored in the database: {@code in_progress}, {@code completed}, … */
  public String id() {
    return StatusWords.id(this);
  }

  static StepStatus fromId(String id) {
    return StatusWords.fromId(StepStatus.class, id);
  }
}
