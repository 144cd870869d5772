package org.posecoach.motion;

import org.posecoach.motion.vocabulary.MotionEvent;

/** Receives an analyzer's events, on the thread that feeds the analyzer. */
@FunctionalInterface
public interface MotionListener {
  void onEvent(MotionEvent event);
}
