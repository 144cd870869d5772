package org.posecoach.motion.rep;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The recent samples of a (smoothed) signal, oldest first, kept for a bounded time. */
public final class Trajectory {

  /** One sample. */
  public record Point(double timeSeconds, double value) {}

  private final double keepSeconds;
  private final Deque<Point> points = new ArrayDeque<>();

  /**
   * @param keepSeconds samples older than this (relative to the newest) are dropped
   */
  public Trajectory(double keepSeconds) {
    this.keepSeconds = keepSeconds;
  }

  public void add(double timeSeconds, double value) {
    points.addLast(new Point(timeSeconds, value));
    while (!points.isEmpty() && timeSeconds - points.peekFirst().timeSeconds() > keepSeconds) {
      points.removeFirst();
    }
  }

  public void clear() {
    points.clear();
  }

  /** The samples from {@code fromSeconds} up to (not including) {@code toSeconds}. */
  public List<Point> between(double fromSeconds, double toSeconds) {
    List<Point> out = new ArrayList<>();
    for (Point p : points) {
      if (p.timeSeconds() >= fromSeconds && p.timeSeconds() < toSeconds) {
        out.add(p);
      }
    }
    return out;
  }

  /** The samples at or after {@code fromSeconds}, oldest first. */
  public List<Point> since(double fromSeconds) {
    List<Point> out = new ArrayList<>();
    for (Point p : points) {
      if (p.timeSeconds() >= fromSeconds) {
        out.add(p);
      }
    }
    return out;
  }
}
