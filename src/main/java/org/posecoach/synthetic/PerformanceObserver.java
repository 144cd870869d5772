package org.posecoach.synthetic;

import org.posecoach.motion.vocabulary.Side;

/**
 * Told what the performer does, as it lays the performance out in time (seconds from the stream's
 * start). The test fixtures turn these reports into the ground truth the analyzer is held to.
 */
interface PerformanceObserver {

  /** Listens to nothing. */
  PerformanceObserver NONE = new PerformanceObserver() {};

  /**
   * A repetition of an exercise other than cat-camel.
   *
   * @param side the side worked, or null for an unsided exercise
   * @param peakSeconds when its path reaches its end position, seconds after {@code start}
   */
  default void repetition(RepKind kind, Side side, double start, double end, double peakSeconds) {}

  /**
   * A cat-camel cycle: one end, through neutral, the other end, back to neutral, a quarter cycle
   * each. A partial cycle's first end falls short; a nod's back reaches neither end.
   *
   * @param firstIsCamel whether the first end is the camel (else the cat)
   * @param secondIsCamel whether the second end is the camel
   * @param firstPeak when the first end is reached
   * @param secondPeak when the second end is reached
   */
  default void catCamelCycle(
      RepKind kind,
      double start,
      double end,
      double quarterSeconds,
      boolean firstIsCamel,
      boolean secondIsCamel,
      double firstPeak,
      double secondPeak) {}

  /** Got up from {@code from} and stood until {@code to}, before coming back. */
  default void leftPosition(double from, double to) {}

  /** The needed body part out of the image from {@code from} to {@code to}. */
  default void outOfFrame(double from, double to) {}

  /** The last repetition is done (a final rest follows). */
  default void repetitionsDone() {}

  /** Got up at the end, from {@code from}, standing at {@code to}. */
  default void gotOut(double from, double to) {}

  /**
   * The performance ends at {@code end}.
   *
   * @param viewSupported whether the coach reads the exercise from this camera view
   * @param sidesComparable whether the coach's signal compares the two sides from this view
   */
  default void finished(double end, boolean viewSupported, boolean sidesComparable) {}
}
