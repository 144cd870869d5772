package org.posecoach.ui;

import org.posecoach.ui.live.SessionControls;

/** Session controls that do nothing: for screens laid out without a session behind them. */
final class NoControls {
  static final SessionControls NOTHING =
      new SessionControls() {
        @Override
        public void togglePause() {}

        @Override
        public void skip() {}

        @Override
        public void repeat() {}

        @Override
        public void endSession() {}
      };

  private NoControls() {}
}
