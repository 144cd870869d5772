package org.posecoach.store;

import java.util.List;
import java.util.Objects;
import org.posecoach.motion.vocabulary.ExerciseId;

/** One exercise over the sessions that included it, oldest first. */
public record ExerciseTrend(ExerciseId exercise, List<TrendPoint> points) {
  public ExerciseTrend {
    Objects.requireNonNull(exercise, "exercise");
    points = List.copyOf(points);
  }
}
