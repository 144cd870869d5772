package org.posecoach.ui.start;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.routine.Routine;
import org.posecoach.routine.RoutineLoader;
import org.posecoach.routine.RoutineStep;

class DemoRoutineTest {
  @Test
  void itIsTheRoutinesCatCamelStepWithTheClipsReps() {
    Routine morning = RoutineLoader.load(Path.of("routines", "morning-low-back.yaml"));
    Routine demo = DemoRoutine.from(morning);
    assertEquals(1, demo.steps().size());
    RoutineStep step = demo.steps().get(0);
    assertEquals(ExerciseId.CAT_CAMEL, step.exercise());
    assertEquals(DemoRoutine.CLIP_REPS, step.reps());
    assertEquals(3.0, step.tempo().minRepSeconds(), "the routine's own tempo bound is kept");
    assertEquals(0, step.restAfterSeconds());
  }

  @Test
  void aRoutineWithoutCatCamelGetsTheMorningRoutinesStep() {
    Routine lying =
        RoutineLoader.load(
            """
            name: Lying only
            steps:
              - exercise: knees_to_chest
                reps: 5
                hold_seconds: 1
            """,
            "lying.yaml");
    RoutineStep step = DemoRoutine.from(lying).steps().get(0);
    assertEquals(ExerciseId.CAT_CAMEL, step.exercise());
    assertEquals(3.0, step.tempo().minRepSeconds());
  }
}
