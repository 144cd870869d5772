package org.posecoach.routine;

import java.util.List;
import java.util.Objects;

/**
 * A routine: exercises done in order, each with its own targets and rest.
 *
 * <pre>{@code
 * Routine r = RoutineLoader.load(Path.of("routines/morning-low-back.yaml"));
 * r.name();           // "Morning low back"
 * r.steps().size();   // 6
 * }</pre>
 *
 * @param name a short name shown in lists and in the history
 * @param description a sentence or two about the routine; may be empty
 * @param steps the exercises in the order they are done; never empty
 */
public record Routine(String name, String description, List<RoutineStep> steps) {
  public Routine {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    steps = List.copyOf(steps);
    if (name.isBlank()) {
      throw new IllegalArgumentException("a routine needs a name");
    }
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("a routine needs at least one step");
    }
  }
}
