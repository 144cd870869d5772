package org.posecoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class GuidanceLinesTest {
  private final GuidanceLines lines = new GuidanceLines();

  @Test
  void aLineIsPrintedOnceThenOnlyAsAReminder() {
    Optional<String> lie = Optional.of("Lie on your back, knees bent");
    assertEquals(lie, lines.next(0, lie));
    assertEquals(Optional.empty(), lines.next(1, lie));
    assertEquals(Optional.empty(), lines.next(10, lie));
    assertEquals(lie, lines.next(GuidanceLines.REPEAT_SECONDS + 0.1, lie), "a reminder");
  }

  @Test
  void aFlickerBetweenTwoLinesPrintsAtMostOneLineEveryFewSeconds() {
    Optional<String> frame = Optional.of("Step into the frame");
    Optional<String> lie = Optional.of("Lie on your back, knees bent");
    int printed = 0;
    for (int tenth = 0; tenth < 100; tenth++) {
      if (lines.next(tenth / 10.0, tenth % 2 == 0 ? frame : lie).isPresent()) {
        printed++;
      }
    }
    assertEquals(4, printed, "at 0, 3, 6 and 9 s over ten seconds");
  }

  @Test
  void nothingIsPrintedWhileCounting() {
    assertEquals(Optional.empty(), lines.next(0, Optional.empty()));
    assertEquals(
        Optional.of("Step into the frame"), lines.next(0.1, Optional.of("Step into the frame")));
  }
}
