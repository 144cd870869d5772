package org.posecoach.motion.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.posecoach.motion.rep.Excursion;
import org.posecoach.motion.rep.Rep;
import org.posecoach.motion.rep.Thresholds;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.ExerciseSettings;
import org.posecoach.motion.vocabulary.FormIssue;
import org.posecoach.motion.vocabulary.MotionEvent.FormEvent;
import org.posecoach.motion.vocabulary.Side;

class FormCheckerTest {

  private static Excursion excursion(
      Optional<Side> side, double peak, boolean reached, boolean calibrated, double held, int sub) {
    return new Excursion(
        side.map(s -> s == Side.LEFT).orElse(true),
        side,
        0,
        reached ? 0.5 : Double.NaN,
        2,
        peak,
        Thresholds.of(40, 12, calibrated),
        calibrated,
        held,
        sub,
        2);
  }

  private static List<FormIssue> issues(List<FormEvent> events) {
    return events.stream().map(FormEvent::issue).toList();
  }

  @ParameterizedTest(name = "a {1} s {0} repetition is too fast: {2}")
  @CsvSource({
    "CAT_CAMEL, 1.5, true", "CAT_CAMEL, 4.0, false",
    "LUMBAR_ROTATION, 0.8, true", "LUMBAR_ROTATION, 1.5, false",
    "KNEES_TO_CHEST, 1.2, true", "KNEES_TO_CHEST, 3.5, false"
  })
  void flagsRepetitionsFasterThanTheRoutinesTempoBound(
      ExerciseId id, double seconds, boolean fast) {
    FormChecker checker = new FormChecker(ExerciseSettings.defaults(id), true, false);
    List<FormEvent> events = checker.onRep(new Rep(1, Optional.empty(), 1, 5, seconds, 0, 1));
    assertEquals(fast, issues(events).contains(FormIssue.TOO_FAST));
  }

  @Test
  void aMovementThatNeverReachedTheEndIsTooSmall() {
    FormChecker checker =
        new FormChecker(ExerciseSettings.defaults(ExerciseId.CAT_CAMEL), true, false);
    assertEquals(
        List.of(FormIssue.TOO_SMALL),
        issues(checker.onExcursion(excursion(Optional.empty(), 14, false, true, 0, 1))));
  }

  @Test
  void smallAgainstTheUsersOwnRangeOnlyOnceCalibrated() {
    FormChecker checker =
        new FormChecker(ExerciseSettings.defaults(ExerciseId.CAT_CAMEL), true, false);
    assertTrue(checker.onExcursion(excursion(Optional.empty(), 24, true, false, 0, 1)).isEmpty());
    assertEquals(
        List.of(FormIssue.TOO_SMALL),
        issues(checker.onExcursion(excursion(Optional.empty(), 24, true, true, 0, 1))));
  }

  @Test
  void aKneesToChestRepetitionWithoutItsHoldIsFlagged() {
    FormChecker checker =
        new FormChecker(ExerciseSettings.defaults(ExerciseId.KNEES_TO_CHEST), true, false);
    assertEquals(
        List.of(FormIssue.HOLD_TOO_SHORT),
        issues(checker.onExcursion(excursion(Optional.empty(), 40, true, false, 0.4, 1))));
    assertTrue(checker.onExcursion(excursion(Optional.empty(), 40, true, false, 1.5, 1)).isEmpty());
  }

  @Test
  void aStopAndGoMovementIsJerky() {
    FormChecker checker =
        new FormChecker(ExerciseSettings.defaults(ExerciseId.PRAYER_STRETCH), true, false);
    assertEquals(
        List.of(FormIssue.JERKY),
        issues(checker.onExcursion(excursion(Optional.empty(), 40, true, false, 0, 2))));
  }

  @Test
  void reportsLopsidedSidesOnceWithTheWeakerSide() {
    FormChecker checker =
        new FormChecker(ExerciseSettings.defaults(ExerciseId.THREAD_THE_NEEDLE), true, false);
    List<FormIssue> all = new java.util.ArrayList<>();
    List<FormEvent> events = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      events.addAll(checker.onExcursion(excursion(Optional.of(Side.LEFT), 40, true, false, 0, 1)));
      events.addAll(checker.onExcursion(excursion(Optional.of(Side.RIGHT), 20, true, false, 0, 1)));
    }
    events.forEach(e -> all.add(e.issue()));
    assertEquals(1, all.stream().filter(i -> i == FormIssue.ASYMMETRY).count());
    assertEquals(
        Side.RIGHT,
        events.stream()
            .filter(e -> e.issue() == FormIssue.ASYMMETRY)
            .findFirst()
            .orElseThrow()
            .side()
            .orElseThrow());
  }

  @Test
  void doesNotCompareSidesWhereTheViewSkewsThem() {
    FormChecker checker =
        new FormChecker(ExerciseSettings.defaults(ExerciseId.LUMBAR_ROTATION), false, false);
    for (int i = 0; i < 4; i++) {
      assertTrue(
          checker.onExcursion(excursion(Optional.of(Side.LEFT), 40, true, false, 0, 1)).isEmpty());
      assertTrue(
          checker.onExcursion(excursion(Optional.of(Side.RIGHT), 20, true, false, 0, 1)).isEmpty());
    }
  }
}
