package org.posecoach.ui.live;

/**
 * What the user can ask of a running session; callable from any thread, applied on the next frame
 * (pausing a played file holds it at once).
 */
public interface SessionControls {
  void togglePause();

  /** Ends the current step as skipped (or cuts a rest short). */
  void skip();

  /** Starts the current step again (during a rest: the step just done). */
  void repeat();

  void endSession();
}
