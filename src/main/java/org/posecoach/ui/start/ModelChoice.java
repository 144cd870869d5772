package org.posecoach.ui.start;

import java.util.List;

/**
 * A pose model as offered on the start screen.
 *
 * @param id the model's catalog id
 * @param label what the user reads
 */
public record ModelChoice(String id, String label) {
  /** The three BlazePose sizes: the trade between speed and accuracy a user can judge. */
  public static final List<ModelChoice> STANDARD =
      List.of(
          new ModelChoice("blazepose-lite", "Lite (fastest)"),
          new ModelChoice("blazepose-full", "Default"),
          new ModelChoice("blazepose-heavy", "Accurate (slowest)"));

  /** A model picked on the command line that is not one of the standard three. */
  public static ModelChoice other(String id) {
    return new ModelChoice(id, id);
  }

  @Override
  public String toString() {
    return label;
  }
}
