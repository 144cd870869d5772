package org.posecoach.routine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.Side;

/** The routine files shipped in {@code routines/} load, and say what the therapist asked for. */
class RoutineFilesTest {
  static final Path FOLDER = Path.of("routines");
  private static final double EPS = 1e-9;

  @Test
  void everyFileInTheRoutinesFolderLoads() {
    RoutineLibrary library = RoutineLibrary.scan(FOLDER);
    assertEquals(List.of(), library.problems());
    assertEquals(
        List.of("cat-camel-and-rotations", "example-all-options", "morning-low-back"),
        library.routines().stream().map(RoutineLibrary.Entry::id).toList());
  }

  @Test
  void theMorningRoutineIsTheTherapistsSixExercisesInOrder() {
    Routine routine = RoutineLoader.load(FOLDER.resolve("morning-low-back.yaml"));
    List<RoutineStep> steps = routine.steps();
    assertEquals(
        List.of(
            ExerciseId.LUMBAR_ROTATION,
            ExerciseId.KNEES_TO_CHEST,
            ExerciseId.GLUTE_STRETCH,
            ExerciseId.CAT_CAMEL,
            ExerciseId.PRAYER_STRETCH,
            ExerciseId.THREAD_THE_NEEDLE),
        steps.stream().map(RoutineStep::exercise).toList());

    // Lumbar rotations: 10 each side.
    assertEquals(10, steps.get(0).reps());
    assertEquals(Sides.BOTH, steps.get(0).sides().sides());
    assertEquals(20, SideSequence.of(steps.get(0)).size());
    // Knees to chest: 10 × 1 s hold.
    assertEquals(10, steps.get(1).reps());
    assertEquals(1.0, steps.get(1).holdSeconds(), EPS);
    assertEquals(Sides.NONE, steps.get(1).sides().sides());
    // Glute stretch: 10 s hold each side.
    assertTrue(steps.get(2).isTimedHold());
    assertEquals(10.0, steps.get(2).holdSeconds(), EPS);
    assertEquals(List.of(Side.LEFT, Side.RIGHT), SideSequence.of(steps.get(2)));
    // Cat-camel: 20 slow reps, at least 3 s per cycle.
    assertEquals(20, steps.get(3).reps());
    assertTrue(steps.get(3).tempo().minRepSeconds() >= 3.0);
    // Prayer stretch: 10 reps.
    assertEquals(10, steps.get(4).reps());
    // Thread the needle: 5 each side, one arm then the other.
    assertEquals(5, steps.get(5).reps());
    assertEquals(SideOrder.BLOCKS, steps.get(5).sides().order());
    assertEquals(10, SideSequence.of(steps.get(5)).size());

    for (RoutineStep step : steps) {
      assertFalse(step.instructions().isBlank(), step.exercise() + " has instructions");
    }
  }

  @Test
  void theShortRoutineIsTheTwoCoreExercises() {
    Routine routine = RoutineLoader.load(FOLDER.resolve("cat-camel-and-rotations.yaml"));
    assertEquals(
        List.of(ExerciseId.LUMBAR_ROTATION, ExerciseId.CAT_CAMEL),
        routine.steps().stream().map(RoutineStep::exercise).toList());
  }

  @Test
  void theExampleUsesEveryStepKeyAndEveryExercise() throws Exception {
    String text = Files.readString(FOLDER.resolve("example-all-options.yaml"));
    for (String key : StepReader.KEYS) {
      assertTrue(text.contains("    " + key + ":") || text.contains("- " + key + ":"), key);
    }
    for (String key : RoutineReader.KEYS) {
      assertTrue(text.contains("\n" + key + ":"), key);
    }
    Routine routine = RoutineLoader.load(FOLDER.resolve("example-all-options.yaml"));
    assertEquals(
        Stream.of(ExerciseId.values()).sorted().toList(),
        routine.steps().stream().map(RoutineStep::exercise).sorted().toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"routines/README.md", "docs/routines.md"})
  void theDocumentationTablesListEveryKey(String document) throws Exception {
    String text = Files.readString(Path.of(document));
    for (String key : StepReader.KEYS) {
      assertTrue(text.contains("| `" + key + "` |"), key);
    }
    for (String key : RoutineReader.KEYS) {
      assertTrue(text.contains("| `" + key + "` |"), key);
    }
    for (String id : ExerciseId.ids()) {
      assertTrue(text.contains("| `" + id + "` |"), id);
    }
  }
}
