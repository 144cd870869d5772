package org.posecoach.routine;

import java.util.Locale;

/** Where the routine asks the user to put the laptop for a step. */
public enum CameraPlacement {
  /** Beside the mat, looking across it; works for every exercise. */
  SIDE,
  /** Beyond the feet, looking along the body; only for exercises done lying on the back. */
  FEET;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
