package org.posecoach.synthetic;

import java.util.ArrayList;
import java.util.List;

/**
 * A drive value over time, made of moves and holds: what the performer's joint-angle program
 * follows during one repetition. Moves use a raised-cosine profile (smooth, like an unhurried human
 * movement) or a minimum-jerk profile (used for the quick bursts of a jerky movement).
 */
final class DrivePath {

  /** How a move's value changes over its duration. */
  enum Shape {
    COSINE,
    MIN_JERK
  }

  private record Move(double from, double to, double start, double duration, Shape shape) {}

  private final List<Move> moves = new ArrayList<>();
  private double value;
  private double time;

  DrivePath(double start) {
    value = start;
  }

  /** Moves to {@code target} over {@code seconds}. */
  DrivePath to(double target, double seconds, Shape shape) {
    moves.add(new Move(value, target, time, seconds, shape));
    value = target;
    time += seconds;
    return this;
  }

  DrivePath to(double target, double seconds) {
    return to(target, seconds, Shape.COSINE);
  }

  /** Stays put for {@code seconds}. */
  DrivePath hold(double seconds) {
    if (seconds > 0) {
      moves.add(new Move(value, value, time, seconds, Shape.COSINE));
      time += seconds;
    }
    return this;
  }

  double duration() {
    return time;
  }

  /** When the value first reaches its extreme (largest magnitude) along the path. */
  double peakTime() {
    double best = 0;
    double at = 0;
    for (Move m : moves) {
      if (Math.abs(m.to()) > best + 1e-9) {
        best = Math.abs(m.to());
        at = m.start() + m.duration();
      }
    }
    return at;
  }

  double value(double t) {
    for (Move m : moves) {
      if (t < m.start() + m.duration()) {
        double u = Math.max(0, (t - m.start()) / m.duration());
        double s =
            m.shape() == Shape.COSINE
                ? (1 - Math.cos(Math.PI * u)) / 2
                : u * u * u * (10 - 15 * u + 6 * u * u);
        return m.from() + (m.to() - m.from()) * s;
      }
    }
    return value;
  }
}
