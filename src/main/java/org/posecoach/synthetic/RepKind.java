package org.posecoach.synthetic;

/** What kind of repetition the performer does. */
enum RepKind {
  NORMAL,
  /** Extra repetition over part of the person's range ({@link Performer#PARTIAL_FRACTION}). */
  PARTIAL,
  /** Two quick bursts with a stop between them. */
  JERKY,
  /** Well under the tempo bound, without an end hold. */
  FAST,
  /** Knees to chest without the end hold. */
  NO_HOLD,
  /** Glute stretch: the hold released early. */
  SHORT_HOLD,
  /** Cat-camel: only the head goes through the cycle. */
  NOD,
  /** Cat-camel: only the back goes through the cycle. */
  BACK_ONLY
}
