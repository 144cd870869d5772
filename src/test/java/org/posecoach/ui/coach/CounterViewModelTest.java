package org.posecoach.ui.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.posecoach.ui.coach.Snapshots.CAT_CAMEL;
import static org.posecoach.ui.coach.Snapshots.GLUTE;
import static org.posecoach.ui.coach.Snapshots.LUMBAR;
import static org.posecoach.ui.coach.Snapshots.MORNING;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.MotionEvent;
import org.posecoach.motion.vocabulary.Side;

class CounterViewModelTest {
  private final CounterViewModel counter = new CounterViewModel();

  private static MotionEvent.RepCounted rep(int step, Optional<Side> side, int count, int each) {
    ExerciseId exercise = MORNING.steps().get(step).exercise();
    return new MotionEvent.RepCounted(1, exercise, side, count, each, 3.5, 0.9);
  }

  @Test
  void aStepOnBothSidesCountsEachSideOnItsOwn() {
    counter.showStep(MORNING.steps().get(LUMBAR));
    counter.rep(rep(LUMBAR, Optional.of(Side.LEFT), 1, 1));
    counter.rep(rep(LUMBAR, Optional.of(Side.RIGHT), 2, 1));
    counter.rep(rep(LUMBAR, Optional.of(Side.LEFT), 3, 2));
    assertTrue(counter.sidedProperty().get());
    assertEquals("2", counter.leftCountProperty().get());
    assertEquals("1", counter.rightCountProperty().get());
    assertEquals("3", counter.countProperty().get());
    assertEquals("of 10", counter.targetProperty().get());
    assertEquals("L 2 · R 1 of 10", counter.summary());
  }

  @Test
  void aNewStepStartsFromNothingAndEndsOnItsCount() {
    counter.showStep(MORNING.steps().get(LUMBAR));
    counter.rep(rep(LUMBAR, Optional.of(Side.LEFT), 1, 1));
    counter.showStep(MORNING.steps().get(CAT_CAMEL));
    assertFalse(counter.sidedProperty().get());
    assertEquals("0", counter.countProperty().get());
    assertEquals("0", counter.leftCountProperty().get());
    counter.rep(rep(CAT_CAMEL, Optional.empty(), 20, 20));
    assertEquals("20", counter.countProperty().get());
    assertEquals("20 of 20", counter.summary());
  }

  @ParameterizedTest(name = "step {0}: \"{1}\"")
  @CsvSource({
    "0, reps each side",
    "2, holds each side",
    "3, reps",
  })
  void theUnitSaysWhatIsCountedAndOnWhichSides(int step, String unit) {
    counter.showStep(MORNING.steps().get(step));
    assertEquals(unit, counter.unitProperty().get());
  }

  @Test
  void aCompletedHoldCounts() {
    counter.showStep(MORNING.steps().get(GLUTE));
    ExerciseId glute = MORNING.steps().get(GLUTE).exercise();
    counter.hold(new MotionEvent.HoldCompleted(1, glute, Optional.of(Side.LEFT), 10.2, 1, 1));
    assertEquals("1", counter.leftCountProperty().get());
    assertEquals("0", counter.rightCountProperty().get());
  }

  @Test
  void theSideBeingWorkedIsHighlighted() {
    counter.showSide(Side.RIGHT);
    assertEquals(Side.RIGHT, counter.activeSideProperty().get());
    counter.showSide(null);
    assertNull(counter.activeSideProperty().get());
  }
}
