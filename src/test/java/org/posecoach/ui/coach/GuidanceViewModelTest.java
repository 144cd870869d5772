package org.posecoach.ui.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.posecoach.ui.coach.Snapshots.CAT_CAMEL;
import static org.posecoach.ui.coach.Snapshots.MORNING;
import static org.posecoach.ui.coach.Snapshots.analyzer;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.posecoach.motion.rep.Phase;
import org.posecoach.motion.vocabulary.AnalyzerState;
import org.posecoach.routine.RoutineStep;
import org.posecoach.ui.Placement;

class GuidanceViewModelTest {
  private final GuidanceViewModel guidance = new GuidanceViewModel();
  private final RoutineStep step = MORNING.steps().get(0);

  @ParameterizedTest(name = "{0} → \"{1}\"")
  @CsvSource({
    "NO_PERSON, Step into the frame, true",
    "GETTING_INTO_POSITION, Get on your hands and knees, true",
    "ACTIVE, '', false"
  })
  void guidanceSaysWhatToDoUntilCountingStarts(AnalyzerState state, String title, boolean shown) {
    Optional<String> instruction =
        state == AnalyzerState.GETTING_INTO_POSITION
            ? Optional.of("Get on your hands and knees")
            : Optional.empty();
    guidance.showStep(step);
    guidance.show(analyzer(0, state, Phase.REST, 1, Optional.empty(), instruction), step);
    assertEquals(shown, guidance.visibleProperty().get());
    if (shown) {
      assertEquals(title, guidance.titleProperty().get());
    }
    assertEquals(
        state == AnalyzerState.NO_PERSON ? step.camera() : null,
        guidance.guideProperty().get(),
        "the framing guide only while nobody is in the picture");
  }

  @Test
  void gettingIntoPositionNamesTheStepAndWhereTheLaptopGoes() {
    guidance.showStep(step);
    guidance.show(analyzer(0, AnalyzerState.GETTING_INTO_POSITION), step);
    assertEquals("Get into the start position", guidance.titleProperty().get());
    assertEquals(
        step.title() + ": " + Placement.describe(step.camera()), guidance.detailProperty().get());
  }

  @Test
  void theFramingGuideIsDrawnOnlyWhileTheCardIsUpAndNobodyIsInThePicture() {
    RoutineStep catCamel = MORNING.steps().get(CAT_CAMEL);
    guidance.showStep(catCamel);
    assertEquals(catCamel.camera(), guidance.placementProperty().get());
    assertEquals(catCamel.camera(), guidance.guideProperty().get(), "before anyone is seen");
    guidance.show(analyzer(CAT_CAMEL, AnalyzerState.GETTING_INTO_POSITION), catCamel);
    assertNull(guidance.guideProperty().get(), "somebody is in the picture");
    guidance.show(analyzer(CAT_CAMEL, AnalyzerState.NO_PERSON), catCamel);
    assertEquals(catCamel.camera(), guidance.guideProperty().get());
    guidance.hide();
    assertNull(guidance.guideProperty().get(), "no card, no guide");
    assertFalse(guidance.visibleProperty().get());
  }

  @Test
  void restingHidesTheCardAndTheGuideUntilTheStepIsLiveAgain() {
    guidance.showStep(step);
    guidance.show(analyzer(0, AnalyzerState.NO_PERSON), step);
    guidance.hide();
    assertFalse(guidance.visibleProperty().get());
    assertNull(guidance.guideProperty().get(), "nobody there, but no card either");
    guidance.show(analyzer(0, AnalyzerState.NO_PERSON), step);
    assertTrue(guidance.visibleProperty().get());
    assertEquals(step.camera(), guidance.guideProperty().get());
  }
}
