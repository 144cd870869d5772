package org.posecoach.motion.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.posecoach.motion.vocabulary.Cue;
import org.posecoach.motion.vocabulary.FormIssue;
import org.posecoach.motion.vocabulary.MotionEvent.FormEvent;
import org.posecoach.motion.vocabulary.Severity;

class CueLimiterTest {

  private static FormEvent event(double t, FormIssue issue) {
    return new FormEvent(t, issue, Cues.severity(issue), issue.name(), Optional.empty());
  }

  @Test
  void showsOneCueAtATimeForItsMinimumDisplayTime() {
    CueLimiter limiter = new CueLimiter();
    limiter.offer(event(0, FormIssue.TOO_FAST));
    assertEquals(FormIssue.TOO_FAST, limiter.update(0).orElseThrow().issue());
    limiter.offer(event(1, FormIssue.TOO_SMALL));
    assertEquals(FormIssue.TOO_FAST, limiter.update(1).orElseThrow().issue());
    assertEquals(FormIssue.TOO_FAST, limiter.update(2.4).orElseThrow().issue());
  }

  @Test
  void leavesABlankMomentBetweenTwoCues() {
    CueLimiter limiter = new CueLimiter();
    limiter.offer(event(0, FormIssue.TOO_FAST));
    limiter.update(0);
    limiter.offer(event(1, FormIssue.TOO_SMALL));
    assertTrue(limiter.update(CueLimiter.MIN_DISPLAY_SECONDS).isEmpty());
    Optional<Cue> next = limiter.update(CueLimiter.MIN_DISPLAY_SECONDS + CueLimiter.GAP_SECONDS);
    assertEquals(FormIssue.TOO_SMALL, next.orElseThrow().issue());
  }

  @Test
  void doesNotRepeatTheSameAdviceWithinTheCooldown() {
    CueLimiter limiter = new CueLimiter();
    limiter.offer(event(0, FormIssue.TOO_FAST));
    limiter.update(0);
    limiter.update(3);
    limiter.offer(event(4, FormIssue.TOO_FAST));
    assertTrue(limiter.update(4).isEmpty());
    limiter.offer(event(CueLimiter.REPEAT_COOLDOWN_SECONDS + 0.1, FormIssue.TOO_FAST));
    assertTrue(limiter.update(CueLimiter.REPEAT_COOLDOWN_SECONDS + 0.1).isPresent());
  }

  @Test
  void prefersTheMoreSevereOfWaitingCues() {
    CueLimiter limiter = new CueLimiter();
    limiter.offer(event(0, FormIssue.JERKY));
    limiter.offer(event(0, FormIssue.OUT_OF_FRAME));
    limiter.offer(event(0, FormIssue.TOO_FAST));
    Cue cue = limiter.update(0).orElseThrow();
    assertEquals(Severity.BLOCKING, cue.severity());
  }

  @Test
  void dropsAdviceThatWaitedTooLong() {
    CueLimiter limiter = new CueLimiter();
    limiter.offer(event(0, FormIssue.TOO_FAST));
    limiter.update(0);
    limiter.offer(event(0.5, FormIssue.TOO_SMALL));
    limiter.update(2.0);
    assertTrue(limiter.update(0.5 + CueLimiter.OFFER_TTL_SECONDS + 0.6).isEmpty());
  }
}
