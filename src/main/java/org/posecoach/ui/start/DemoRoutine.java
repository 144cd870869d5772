package org.posecoach.ui.start;

import java.util.List;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.render.DemoClip;
import org.posecoach.routine.Routine;
import org.posecoach.routine.RoutineLoader;
import org.posecoach.routine.RoutineStep;

/**
 * The routine to run on the demo clip, whose painted figure does nothing but cat-camels: the chosen
 * routine's cat-camel step (its tempo and range settings kept), with the clip's number of reps as
 * its target, as a routine of its own.
 */
public final class DemoRoutine {
  /** Reps the figure does in the clip. */
  static final int CLIP_REPS = DemoClip.REPS;

  /** Used when the chosen routine has no cat-camel: the morning routine's step. */
  private static final String FALLBACK =
      """
      name: Demo
      steps:
        - exercise: cat_camel
          reps: 6
          min_rep_seconds: 3
          rest_after_seconds: 0
          instructions: >-
            On hands and knees, slowly round your back up towards the ceiling, then let your
            tummy sink and look up a little.
      """;

  private DemoRoutine() {}

  public static Routine from(Routine chosen) {
    RoutineStep base =
        chosen.steps().stream()
            .filter(s -> s.exercise() == ExerciseId.CAT_CAMEL)
            .findFirst()
            .orElseGet(() -> RoutineLoader.load(FALLBACK, "demo routine").steps().get(0));
    RoutineStep step =
        new RoutineStep(
            base.exercise(),
            base.title(),
            CLIP_REPS,
            base.holdSeconds(),
            base.sides(),
            base.tempo(),
            base.minRange(),
            0,
            base.camera(),
            base.instructions());
    return new Routine(
        "Demo: " + base.title(),
        "The sample clip: a painted figure doing " + CLIP_REPS + " slow cat-camels.",
        List.of(step));
  }
}
