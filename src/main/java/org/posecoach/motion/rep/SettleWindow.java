package org.posecoach.motion.rep;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** The lowest and highest value of a signal over its last few seconds. */
final class SettleWindow {
  /** A window this much shorter than asked for still covers it (a frame's slack). */
  private static final double SLACK_SECONDS = 0.1;

  private final double seconds;
  private final Deque<double[]> samples = new ArrayDeque<>();

  /** The lowest and highest value over the window. */
  record Span(double min, double max) {}

  /**
   * @param seconds how far back the window reaches
   */
  SettleWindow(double seconds) {
    this.seconds = seconds;
  }

  /**
   * Adds a sample and forgets those older than the window.
   *
   * @return the window's span, once its samples cover the whole window; empty before
   */
  Optional<Span> add(double t, double value) {
    samples.addLast(new double[] {t, value});
    while (samples.peekFirst()[0] < t - seconds) {
      samples.removeFirst();
    }
    if (t - samples.peekFirst()[0] < seconds - SLACK_SECONDS) {
      return Optional.empty();
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double[] p : samples) {
      min = Math.min(min, p[1]);
      max = Math.max(max, p[1]);
    }
    return Optional.of(new Span(min, max));
  }

  void clear() {
    samples.clear();
  }
}
