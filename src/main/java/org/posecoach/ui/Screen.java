package org.posecoach.ui;

import javafx.scene.Parent;

/** One of the app's screens: its root node, and what to release when it is left. */
public interface Screen {
  Parent root();

  /** Stops its timers and threads and removes its listeners; called once, on leaving. */
  void dispose();
}
