package org.posecoach.ui.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.posecoach.motion.vocabulary.Cue;
import org.posecoach.motion.vocabulary.FormIssue;
import org.posecoach.motion.vocabulary.Severity;

class CueViewModelTest {
  private final CueViewModel cue = new CueViewModel();

  @ParameterizedTest
  @CsvSource({"TOO_FAST, Slow down, WARNING", "OUT_OF_FRAME, Move fully into view, BLOCKING"})
  void theCueOnScreenCarriesItsSeverity(FormIssue issue, String text, Severity severity) {
    cue.show(Optional.of(new Cue(issue, text, severity, Optional.empty(), 1)));
    assertTrue(cue.visibleProperty().get());
    assertEquals(text, cue.textProperty().get());
    assertEquals(severity, cue.severityProperty().get());
  }

  @Test
  void noCueHidesTheLastOne() {
    cue.show(
        Optional.of(
            new Cue(FormIssue.TOO_FAST, "Slow down", Severity.WARNING, Optional.empty(), 1)));
    cue.show(Optional.empty());
    assertFalse(cue.visibleProperty().get());
    cue.show(
        Optional.of(
            new Cue(FormIssue.TOO_FAST, "Slow down", Severity.WARNING, Optional.empty(), 1)));
    cue.hide();
    assertFalse(cue.visibleProperty().get());
  }
}
