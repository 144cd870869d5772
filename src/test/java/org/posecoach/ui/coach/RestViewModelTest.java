package org.posecoach.ui.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.posecoach.ui.coach.Snapshots.CAT_CAMEL;
import static org.posecoach.ui.coach.Snapshots.MORNING;
import static org.posecoach.ui.coach.Snapshots.analyzer;
import static org.posecoach.ui.coach.Snapshots.session;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.posecoach.motion.vocabulary.AnalyzerState;
import org.posecoach.session.SessionPhase;

class RestViewModelTest {
  private final RestViewModel rest = new RestViewModel(MORNING);

  @Test
  void aRestCountsDownAndSaysWhatComesNext() {
    rest.show(
        session(
            CAT_CAMEL,
            SessionPhase.REST,
            Optional.of(analyzer(CAT_CAMEL, AnalyzerState.ACTIVE)),
            7.2,
            10));
    assertTrue(rest.restingProperty().get());
    assertFalse(rest.pausedProperty().get());
    assertEquals("8", rest.countdownProperty().get());
    assertEquals("Next: Prayer stretch", rest.nextStepProperty().get());
    assertEquals(
        MORNING.steps().get(CAT_CAMEL + 1).instructions(), rest.nextInstructionsProperty().get());
    assertEquals(0.72, rest.fractionProperty().get(), 1e-9);
  }

  @Test
  void afterTheLastStepThereIsNothingNext() {
    int last = MORNING.steps().size() - 1;
    rest.show(session(last, SessionPhase.REST, Optional.empty(), 3, 10));
    assertEquals("Last step done", rest.nextStepProperty().get());
    assertEquals("", rest.nextInstructionsProperty().get());
  }

  @Test
  void pausedShowsThePauseCard() {
    rest.show(
        session(
            CAT_CAMEL,
            SessionPhase.PAUSED,
            Optional.of(analyzer(CAT_CAMEL, AnalyzerState.ACTIVE))));
    assertTrue(rest.pausedProperty().get());
    assertFalse(rest.restingProperty().get());
  }

  @Test
  void aPausedRestIsStillARest() {
    rest.show(session(CAT_CAMEL, SessionPhase.PAUSED, Optional.empty(), 4, 10));
    assertTrue(rest.pausedProperty().get());
    assertTrue(rest.restingProperty().get());
    rest.end();
    assertFalse(rest.pausedProperty().get());
    assertFalse(rest.restingProperty().get());
  }
}
