package org.posecoach.ui.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.posecoach.ui.coach.Snapshots.CAT_CAMEL;
import static org.posecoach.ui.coach.Snapshots.GLUTE;
import static org.posecoach.ui.coach.Snapshots.MORNING;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.posecoach.routine.RoutineStep;

class HoldViewModelTest {
  private final HoldViewModel hold = new HoldViewModel();

  @ParameterizedTest(name = "held {0} of 10 s → \"{1}\"")
  @CsvSource({"0, hold 10 s, 0", "0.05, 10 s, 0.05", "0.6, 4 s, 0.6", "1, 0 s, 1", "1.5, 0 s, 1"})
  void theRingFillsAndCountsTheSecondsLeft(double held, String text, double progress) {
    RoutineStep glute = MORNING.steps().get(GLUTE);
    hold.showStep(glute);
    assertTrue(hold.visibleProperty().get());
    hold.show(glute, held);
    assertEquals(text, hold.textProperty().get());
    assertEquals(progress, hold.progressProperty().get(), 1e-9);
  }

  @ParameterizedTest
  @CsvSource({"1, true", "3, false"})
  void theRingIsShownForStepsThatHold(int step, boolean shown) {
    hold.showStep(MORNING.steps().get(step));
    assertEquals(shown, hold.visibleProperty().get());
    assertEquals(0, hold.progressProperty().get());
  }

  @Test
  void aNewStepStartsTheRingEmpty() {
    hold.showStep(MORNING.steps().get(GLUTE));
    hold.show(MORNING.steps().get(GLUTE), 0.5);
    hold.showStep(MORNING.steps().get(CAT_CAMEL));
    assertFalse(hold.visibleProperty().get());
    assertEquals(0, hold.progressProperty().get());
  }
}
