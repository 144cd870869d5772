package org.posecoach.motion.vocabulary;

import java.util.Locale;

/** The person's own left or right, never the image's. */
public enum Side {
  LEFT,
  RIGHT;

  public Side opposite() {
    return this == LEFT ? RIGHT : LEFT;
  }

  /** +1 for left, -1 for right. */
  public int sign() {
    return this == LEFT ? 1 : -1;
  }

  /** The word used in routine files and in the history: {@code left} or {@code right}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
