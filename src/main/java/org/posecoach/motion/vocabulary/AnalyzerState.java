package org.posecoach.motion.vocabulary;

/** Where an {@link org.posecoach.motion.ExerciseAnalyzer} stands. */
public enum AnalyzerState {
  /** Nobody seen (or lost for a while). */
  NO_PERSON,
  /** A person is seen, not (yet) in the exercise's start position or from a usable view. */
  GETTING_INTO_POSITION,
  /** Counting repetitions. */
  ACTIVE
}
