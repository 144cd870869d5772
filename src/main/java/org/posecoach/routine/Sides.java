package org.posecoach.routine;

import java.util.Locale;

/** Which sides a step works. */
public enum Sides {
  /** The exercise works both sides at once (cat-camel): reps are not split by side. */
  NONE,
  LEFT,
  RIGHT,
  /** Left and right, each to the full target. */
  BOTH;

  /** The word used in routine files and in the history, e.g. {@code both}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
