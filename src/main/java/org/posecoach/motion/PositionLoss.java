package org.posecoach.motion;

import org.posecoach.motion.vocabulary.BodyPosition;

/**
 * Decides, while counting, when the user has left the exercise's positions: a recognised other
 * position for a second, or nothing recognisable for longer (movement extremes and occlusions are
 * unrecognisable for moments).
 */
final class PositionLoss {
  /** A recognised position other than the exercise's for 1 s means the user has left it. */
  static final double POSITION_LOST_SECONDS = 1.0;

  /**
   * No position recognised for 2 s more than the tracker's own patience also means it (movement
   * extremes and occlusions are unrecognisable for moments, not seconds).
   */
  static final double UNKNOWN_POSITION_LOST_SECONDS = 2.0;

  private double lostSince = Double.NaN;

  /**
   * Whether the user has been out of the exercise's positions long enough to have left it.
   *
   * @param position the recognised position at {@code t}
   * @param inExercise whether that position belongs to the exercise
   */
  boolean lost(double t, BodyPosition position, boolean inExercise) {
    if (inExercise) {
      lostSince = Double.NaN;
      return false;
    }
    if (Double.isNaN(lostSince)) {
      lostSince = t;
    }
    double limit =
        position == BodyPosition.UNKNOWN ? UNKNOWN_POSITION_LOST_SECONDS : POSITION_LOST_SECONDS;
    return t - lostSince > limit;
  }

  /** Forgets the time out of position (counting starts or ends). */
  void reset() {
    lostSince = Double.NaN;
  }
}
