package org.posecoach.motion;

/** Receives an analyzer's events, on the thread that feeds the analyzer. */
@FunctionalInterface
public interface MotionListener {
  void onEvent(MotionEvent event);
}
