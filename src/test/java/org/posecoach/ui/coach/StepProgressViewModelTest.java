package org.posecoach.ui.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.posecoach.ui.coach.Snapshots.MORNING;
import static org.posecoach.ui.coach.Snapshots.PRAYER;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StepProgressViewModelTest {
  private final StepProgressViewModel progress = new StepProgressViewModel(MORNING.steps().size());

  @Test
  void theTopBarNamesTheStepAndWhereItIsInTheRoutine() {
    progress.showStep(PRAYER, MORNING.steps().get(PRAYER));
    assertEquals("Prayer stretch", progress.titleProperty().get());
    assertEquals("Step 5 of 6", progress.positionProperty().get());
    assertEquals(PRAYER, progress.indexProperty().get());
    assertEquals(6, progress.countProperty().get());
  }

  @ParameterizedTest(name = "{0} s → {1}")
  @CsvSource({"0, 0:00", "-1, 0:00", "59.9, 0:59", "125, 2:05", "3600, 60:00"})
  void theClockShowsWholeMinutesAndSeconds(double seconds, String shown) {
    progress.showElapsed(seconds);
    assertEquals(shown, progress.elapsedProperty().get());
  }
}
