package org.posecoach.motion.vocabulary;

/** How much a form event matters; decides which cue is shown when several compete. */
public enum Severity {
  /** Polish: the repetition counted and was safe (jerky, lopsided). */
  INFO,
  /** Technique to correct: the repetition may not do its job (too fast, too small, not held). */
  WARNING,
  /** Counting is blocked until the user acts (out of frame, wrong position or view). */
  BLOCKING
}
