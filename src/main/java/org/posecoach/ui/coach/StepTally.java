package org.posecoach.ui.coach;

import org.posecoach.motion.vocabulary.MotionEvent;
import org.posecoach.motion.vocabulary.Side;

/**
 * The counts of the step on screen, taken from the engine's events rather than from snapshots: an
 * event is never lost between two rendered frames, so the last rep of a step is shown even when the
 * engine moved on to the next step within the same frame.
 */
final class StepTally {
  private int total;
  private int left;
  private int right;

  /** A new step: nothing counted. */
  void reset() {
    total = 0;
    left = 0;
    right = 0;
  }

  void rep(MotionEvent.RepCounted rep) {
    add(rep.count(), rep.side().orElse(null), rep.sideCount());
  }

  void hold(MotionEvent.HoldCompleted hold) {
    add(hold.count(), hold.side().orElse(null), hold.sideCount());
  }

  private void add(int count, Side side, int sideCount) {
    total = count;
    if (side == Side.LEFT) {
      left = sideCount;
    } else if (side == Side.RIGHT) {
      right = sideCount;
    }
  }

  /** Counted on all sides. */
  int total() {
    return total;
  }

  int left() {
    return left;
  }

  int right() {
    return right;
  }
}
