package org.posecoach.ui;

import org.posecoach.routine.CameraPlacement;

/** Where to put the laptop, in the words the screens use. */
public final class Placement {
  private Placement() {}

  /** One line for the framing guide, e.g. "Laptop on the floor beside the mat · side view". */
  public static String describe(CameraPlacement placement) {
    return switch (placement) {
      case SIDE -> "Laptop on the floor beside the mat · side view · whole body in frame";
      case FEET -> "Laptop on the floor beyond your feet · whole body in frame";
    };
  }
}
