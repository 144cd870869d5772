package org.posecoach.store;

import java.util.List;
import java.util.Objects;

/** One exercise over the sessions that included it, oldest first. */
public record ExerciseTrend(String exercise, List<TrendPoint> points) {
  public ExerciseTrend {
    Objects.requireNonNull(exercise, "exercise");
    points = List.copyOf(points);
  }
}
