package org.posecoach.motion.rep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HoldTimerTest {

  private static void feed(HoldTimer timer, double from, double to, boolean kept) {
    for (double t = from; t <= to + 1e-9; t += 0.1) {
      timer.update(t, kept);
    }
  }

  @Test
  void countsTheTimeThePositionIsKept() {
    HoldTimer timer = new HoldTimer(0.5);
    feed(timer, 0, 3.0, true);
    assertEquals(3.0, timer.heldSeconds(), 1e-6);
  }

  @Test
  void aLapseShorterThanTheGracePeriodCountsAsHeld() {
    HoldTimer timer = new HoldTimer(0.5);
    feed(timer, 0, 2.0, true);
    feed(timer, 2.1, 2.4, false);
    feed(timer, 2.5, 4.0, true);
    assertEquals(4.0, timer.heldSeconds(), 1e-6);
  }

  @Test
  void aLapseLongerThanTheGracePeriodPausesTheClock() {
    HoldTimer timer = new HoldTimer(0.5);
    feed(timer, 0, 2.0, true);
    feed(timer, 2.1, 3.0, false);
    assertEquals(2.0, timer.heldSeconds(), 1e-6, "the clock stands still during the lapse");
    feed(timer, 3.1, 4.1, true);
    assertEquals(3.0, timer.heldSeconds(), 1e-6);
    timer.update(4.2, true);
    assertEquals(3.1, timer.heldSeconds(), 1e-6, "the clock runs again");
  }

  @Test
  void whileALapseIsWithinGraceTheClockKeepsRunning() {
    HoldTimer timer = new HoldTimer(0.5);
    feed(timer, 0, 1.0, true);
    timer.update(1.3, false);
    assertEquals(1.3, timer.heldSeconds(), 1e-6);
  }

  @Test
  void resetStartsANewHold() {
    HoldTimer timer = new HoldTimer(0.5);
    feed(timer, 0, 2.0, true);
    timer.reset();
    feed(timer, 5.0, 5.5, true);
    assertEquals(0.5, timer.heldSeconds(), 1e-6);
  }
}
