package org.posecoach.motion.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ExerciseSettingsTest {

  @ParameterizedTest(name = "{0} round-trips through its id")
  @EnumSource(ExerciseId.class)
  void everyExerciseRoundTripsThroughItsId(ExerciseId id) {
    assertEquals(id, ExerciseId.fromId(id.id()));
    assertEquals(id, ExerciseId.fromId(" " + id.id().toUpperCase() + " "));
  }

  @Test
  void anUnknownIdNamesTheKnownOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ExerciseId.fromId("cat_cow"));
    assertTrue(e.getMessage().contains("cat_camel"), e.getMessage());
  }

  @ParameterizedTest(name = "{0}: {1} reps, per side {2}, hold {3} s, tempo bound {4} s")
  @CsvSource({
    "LUMBAR_ROTATION, 10, true, 0, 1.2",
    "KNEES_TO_CHEST, 10, false, 1, 2",
    "GLUTE_STRETCH, 1, true, 10, 0",
    "CAT_CAMEL, 20, false, 0, 3",
    "PRAYER_STRETCH, 10, false, 0, 2",
    "THREAD_THE_NEEDLE, 5, true, 0, 2"
  })
  void defaultsFollowTheRoutineSheet(
      ExerciseId id, int reps, boolean perSide, double hold, double tempo) {
    ExerciseSettings s = ExerciseSettings.defaults(id);
    assertEquals(reps, s.targetReps());
    assertEquals(perSide, s.perSide());
    assertEquals(hold, s.holdSeconds(), 1e-9);
    assertEquals(tempo, s.minSecondsPerRep(), 1e-9);
  }

  @Test
  void supineExercisesMayBeFilmedFromTheFeetOthersOnlyFromTheSide() {
    assertEquals(
        Set.of(CameraView.SIDE, CameraView.FEET),
        ExerciseSettings.defaults(ExerciseId.KNEES_TO_CHEST).allowedViews());
    assertEquals(
        Set.of(CameraView.SIDE), ExerciseSettings.defaults(ExerciseId.CAT_CAMEL).allowedViews());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ExerciseSettings.builder(ExerciseId.CAT_CAMEL)
                    .allowedViews(Set.of(CameraView.FEET))
                    .build());
    assertTrue(e.getMessage().contains("from the side"), e.getMessage());
  }

  @ParameterizedTest(name = "rejects {0} = {1} with a message naming it")
  @CsvSource({
    "targetReps, 0",
    "holdSeconds, -1",
    "minSecondsPerRep, 100",
    "minRangeFraction, 0.05"
  })
  void rejectsOutOfRangeValuesWithAMessageForTheRoutinesAuthor(String field, double value) {
    ExerciseSettings.Builder b = ExerciseSettings.builder(ExerciseId.PRAYER_STRETCH);
    switch (field) {
      case "targetReps" -> b.targetReps((int) value);
      case "holdSeconds" -> b.holdSeconds(value);
      case "minSecondsPerRep" -> b.minSecondsPerRep(value);
      default -> b.minRangeFraction(value);
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertTrue(e.getMessage().contains("prayer_stretch"), e.getMessage());
  }

  @Test
  void theBuilderKeepsEveryValueItIsGiven() {
    ExerciseSettings s =
        ExerciseSettings.builder(ExerciseId.CAT_CAMEL).targetReps(12).minSecondsPerRep(4).build();
    ExerciseSettings defaults = ExerciseSettings.defaults(ExerciseId.CAT_CAMEL);
    assertEquals(
        new ExerciseSettings(
            ExerciseId.CAT_CAMEL,
            12,
            defaults.perSide(),
            defaults.holdSeconds(),
            4,
            defaults.minRangeFraction(),
            defaults.allowedViews()),
        s);
  }
}
