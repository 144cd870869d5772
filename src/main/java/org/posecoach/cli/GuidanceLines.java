package org.posecoach.cli;

import java.util.Objects;
import java.util.Optional;

/**
 * Which set-up guidance lines the terminal coach prints: a new one when it changes, the same one
 * again only as a reminder, and never two within a short gap, so that a user half in position (the
 * guidance flickering between two states) is not flooded with lines.
 */
final class GuidanceLines {
  /** Least time between two printed lines: long enough to read one, short enough to follow. */
  static final double MIN_GAP_SECONDS = 3;

  /** The same line again after this long, if the user is still not in position. */
  static final double REPEAT_SECONDS = 15;

  private String last;
  private double lastAt = Double.NEGATIVE_INFINITY;

  /**
   * The line to print now, if any.
   *
   * @param nowSeconds a clock that only moves forward
   * @param guidance what the window's guidance card would say now; empty while counting
   */
  Optional<String> next(double nowSeconds, Optional<String> guidance) {
    if (guidance.isEmpty() || nowSeconds - lastAt < MIN_GAP_SECONDS) {
      return Optional.empty();
    }
    String line = guidance.get();
    if (Objects.equals(line, last) && nowSeconds - lastAt < REPEAT_SECONDS) {
      return Optional.empty();
    }
    last = line;
    lastAt = nowSeconds;
    return Optional.of(line);
  }
}
