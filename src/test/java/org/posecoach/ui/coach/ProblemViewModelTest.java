package org.posecoach.ui.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProblemViewModelTest {
  @Test
  void aLostVideoSaysWhyAndThatTheSessionIsKept() {
    ProblemViewModel problem = new ProblemViewModel();
    assertFalse(problem.visibleProperty().get());
    problem.videoLost("camera /dev/video0 stopped delivering frames (unplugged?).");
    assertTrue(problem.visibleProperty().get());
    assertEquals(
        "Lost the video: camera /dev/video0 stopped delivering frames (unplugged?).\n"
            + "Your session up to here is saved. Press Enter for the summary.",
        problem.textProperty().get());
  }
}
