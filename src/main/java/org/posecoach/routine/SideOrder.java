package org.posecoach.routine;

import java.util.Locale;

/** How the reps of a step done on both sides are ordered. */
public enum SideOrder {
  /** Left, right, left, right… (a lumbar rotation goes naturally from one side to the other). */
  ALTERNATING,
  /** All reps on the first side, then all on the other (threading one arm five times). */
  BLOCKS;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
