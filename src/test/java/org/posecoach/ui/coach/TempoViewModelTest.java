package org.posecoach.ui.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.posecoach.ui.coach.Snapshots.CAT_CAMEL;
import static org.posecoach.ui.coach.Snapshots.GLUTE;
import static org.posecoach.ui.coach.Snapshots.MORNING;
import static org.posecoach.ui.coach.Snapshots.analyzer;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.posecoach.motion.AnalyzerSnapshot;
import org.posecoach.motion.rep.Phase;
import org.posecoach.motion.vocabulary.AnalyzerState;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.MotionEvent;
import org.posecoach.routine.RoutineLoader;

class TempoViewModelTest {
  private final TempoViewModel tempo = new TempoViewModel();

  private static AnalyzerSnapshot at(Phase phase, double t) {
    return analyzer(CAT_CAMEL, AnalyzerState.ACTIVE, phase, t, Optional.empty(), Optional.empty());
  }

  @Test
  void theNeedleTimesTheRepFromWhenTheMovementLeavesRest() {
    tempo.showStep(MORNING.steps().get(CAT_CAMEL));
    tempo.show(at(Phase.REST, 10.0));
    tempo.show(at(Phase.OUTWARD, 10.5));
    tempo.show(at(Phase.AT_END, 11.84));
    assertEquals(1.3, tempo.repSecondsProperty().get(), 1e-9, "tenths, rounded down");
    assertEquals(3.0, tempo.minRepSecondsProperty().get());
    assertTrue(tempo.visibleProperty().get());
    tempo.counted(
        new MotionEvent.RepCounted(12.0, ExerciseId.CAT_CAMEL, Optional.empty(), 1, 1, 3.5, 0.9));
    tempo.show(at(Phase.REST, 12.0));
    assertEquals(0, tempo.repSecondsProperty().get());
    assertEquals(3.5, tempo.lastRepSecondsProperty().get());
  }

  @Test
  void repsAreTimedOnlyWhileTheAnalyzerCounts() {
    tempo.showStep(MORNING.steps().get(CAT_CAMEL));
    tempo.show(
        analyzer(
            CAT_CAMEL,
            AnalyzerState.GETTING_INTO_POSITION,
            Phase.OUTWARD,
            10.5,
            Optional.empty(),
            Optional.empty()));
    tempo.show(
        analyzer(
            CAT_CAMEL,
            AnalyzerState.GETTING_INTO_POSITION,
            Phase.AT_END,
            12.0,
            Optional.empty(),
            Optional.empty()));
    assertEquals(0, tempo.repSecondsProperty().get());
    assertEquals(0.6, tempo.movementProperty().get(), 1e-9, "the movement shows all the same");
  }

  @Test
  void aNewStepBringsItsTempoAndForgetsTheLastRep() {
    tempo.showStep(MORNING.steps().get(CAT_CAMEL));
    tempo.counted(
        new MotionEvent.RepCounted(1, ExerciseId.CAT_CAMEL, Optional.empty(), 1, 1, 3.5, 0.9));
    tempo.showStep(MORNING.steps().get(CAT_CAMEL + 1));
    assertEquals("Tempo · at least 2 s a rep", tempo.captionProperty().get());
    assertEquals(2.0, tempo.minRepSecondsProperty().get());
    assertTrue(Double.isNaN(tempo.maxRepSecondsProperty().get()), "no upper bound set");
    assertTrue(Double.isNaN(tempo.lastRepSecondsProperty().get()));
  }

  @Test
  void aBoundOfOneAndAHalfSecondsIsNotRoundedUp() {
    var step =
        RoutineLoader.load(
                "name: t\nsteps:\n  - exercise: cat_camel\n    reps: 3\n    min_rep_seconds: 1.5\n",
                "t.yaml")
            .steps()
            .get(0);
    tempo.showStep(step);
    assertEquals("Tempo · at least 1.5 s a rep", tempo.captionProperty().get());
    assertEquals(1.5, tempo.minRepSecondsProperty().get());
  }

  @Test
  void aTimedHoldHasNoTempoGauge() {
    tempo.showStep(MORNING.steps().get(GLUTE));
    assertFalse(tempo.visibleProperty().get());
  }
}
