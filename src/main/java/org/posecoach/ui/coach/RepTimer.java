package org.posecoach.ui.coach;

import org.posecoach.motion.rep.Phase;

/**
 * How long the current repetition has been going, for the tempo gauge: a rep starts when the
 * movement leaves the start position and ends when it is counted. A movement that settles back into
 * the start position for a while without being counted was not a rep, and the timer rests. Times
 * are the pose stream's seconds.
 */
final class RepTimer {
  /**
   * Back at rest for this long without a count: the movement was abandoned. Longer than the pause
   * between the two halves of a cat-camel cycle, shorter than a deliberate rest between reps.
   */
  private static final double ABANDON_AFTER_REST_SECONDS = 1.0;

  private boolean moving;
  private double startSeconds;
  private double restSinceSeconds = Double.NaN;
  private double nowSeconds;

  /** The movement's phase as of {@code timeSeconds}. */
  void observe(Phase phase, double timeSeconds) {
    nowSeconds = timeSeconds;
    if (phase == Phase.REST) {
      if (Double.isNaN(restSinceSeconds)) {
        restSinceSeconds = timeSeconds;
      }
      if (moving && timeSeconds - restSinceSeconds >= ABANDON_AFTER_REST_SECONDS) {
        moving = false;
      }
      return;
    }
    restSinceSeconds = Double.NaN;
    if (!moving) {
      moving = true;
      startSeconds = timeSeconds;
    }
  }

  /** A rep was counted: the next one starts when the movement next leaves rest. */
  void counted() {
    moving = false;
    restSinceSeconds = Double.NaN;
  }

  void reset() {
    counted();
  }

  /** Seconds into the current rep; 0 when none is under way. */
  double elapsedSeconds() {
    return moving ? Math.max(0, nowSeconds - startSeconds) : 0;
  }
}
