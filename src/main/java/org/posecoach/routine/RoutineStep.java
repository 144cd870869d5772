package org.posecoach.routine;

import java.util.Objects;
import org.posecoach.motion.vocabulary.ExerciseId;

/**
 * One exercise of a routine with its targets, as a routine file gives it (defaults filled in from
 * {@link RoutineDefaults}).
 *
 * <pre>{@code
 * RoutineStep step = routine.steps().get(0);   // lumbar_rotation, 10 reps, both sides
 * step.reps();                                 // 10, on each side
 * step.sides().order();                       // ALTERNATING: left, right, left, …
 * }</pre>
 *
 * @param exercise the exercise
 * @param title short display name ("Knees to chest")
 * @param reps repetitions on each side the step works ({@link #sides()}); for a timed hold, the
 *     number of holds on each side
 * @param holdSeconds how long the end position is held in each rep; 0 when there is no hold
 * @param sides which sides, in what order
 * @param tempo how fast each rep may be ({@link Tempo#NONE} for timed holds)
 * @param minRange the smallest movement that counts
 * @param restAfterSeconds the rest countdown after the step (also after the last one, as a cool
 *     down the session engine may skip)
 * @param camera where the laptop should stand for this step
 * @param instructions a few plain sentences for the user; may be empty
 */
public record RoutineStep(
    ExerciseId exercise,
    String title,
    int reps,
    double holdSeconds,
    SidePlan sides,
    Tempo tempo,
    MinRange minRange,
    double restAfterSeconds,
    CameraPlacement camera,
    String instructions) {

  public RoutineStep {
    Objects.requireNonNull(exercise, "exercise");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(sides, "sides");
    Objects.requireNonNull(tempo, "tempo");
    Objects.requireNonNull(minRange, "minRange");
    Objects.requireNonNull(camera, "camera");
    Objects.requireNonNull(instructions, "instructions");
    if (reps < 1) {
      throw new IllegalArgumentException("reps must be at least 1, got " + reps);
    }
    if (!(holdSeconds >= 0) || Double.isInfinite(holdSeconds)) {
      throw new IllegalArgumentException("holdSeconds must be >= 0, got " + holdSeconds);
    }
    if (!(restAfterSeconds >= 0) || Double.isInfinite(restAfterSeconds)) {
      throw new IllegalArgumentException("restAfterSeconds must be >= 0, got " + restAfterSeconds);
    }
  }

  /** The facts about this step's exercise. */
  public ExerciseInfo info() {
    return ExerciseInfo.of(exercise);
  }

  /** Whether this step is one timed hold per side rather than counted reps. */
  public boolean isTimedHold() {
    return info().kind() == ExerciseInfo.Kind.TIMED_HOLD;
  }
}
