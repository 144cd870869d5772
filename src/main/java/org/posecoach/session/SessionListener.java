package org.posecoach.session;

/** Receives a session's events on the thread that feeds the engine frames. */
@FunctionalInterface
public interface SessionListener {
  void onEvent(SessionEvent event);
}
