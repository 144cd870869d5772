package org.posecoach.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.posecoach.motion.vocabulary.Cue;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.FormIssue;
import org.posecoach.motion.vocabulary.MotionEvent;
import org.posecoach.motion.vocabulary.Severity;
import org.posecoach.motion.vocabulary.Side;
import org.posecoach.routine.Routine;
import org.posecoach.routine.RoutineLoader;
import org.posecoach.session.SessionEvent;

/** The schedule on hand-made events: counts on time, one voice, cues out of the counts' way. */
class SpeechSchedulerTest {
  private static final Routine ROUTINE =
      RoutineLoader.load(
          """
          name: Two steps
          steps:
            - exercise: lumbar_rotation
              reps: 3
              rest_after_seconds: 5
              instructions: >-
                Lie on your back with knees bent and feet flat, and let both knees sink slowly
                to one side, then over to the other.
            - exercise: cat_camel
              reps: 3
          """,
          "two.yaml");

  private final SpokenLog said = new SpokenLog();

  private final SpeechScheduler scheduler =
      new SpeechScheduler(ROUTINE, ClipLibrary::estimateSeconds);

  /** Feeds events at their times, asking what is due at 30 frames a second in between. */
  private void play(List<SessionEvent> events, double untilSeconds) {
    int next = 0;
    for (double t = 0; t <= untilSeconds; t += 1 / 30.0) {
      while (next < events.size() && events.get(next).timeSeconds() <= t) {
        scheduler.onEvent(events.get(next++));
      }
      said.add(scheduler.due(t));
    }
    said.add(scheduler.drain());
  }

  private static SessionEvent rep(double t, Side side, int count, int sideCount) {
    return new SessionEvent.Motion(
        t,
        0,
        new MotionEvent.RepCounted(
            t, ExerciseId.LUMBAR_ROTATION, Optional.of(side), count, sideCount, 2, 1));
  }

  private static SessionEvent cue(double t, String text) {
    return new SessionEvent.Motion(
        t,
        0,
        new MotionEvent.CueChanged(
            t,
            Optional.of(new Cue(FormIssue.TOO_FAST, text, Severity.WARNING, Optional.empty(), t))));
  }

  @Test
  void aCountDuringALongIntroductionCutsItShortAndIsSaidOnTime() {
    List<SessionEvent> events = new ArrayList<>();
    events.add(new SessionEvent.StepStarted(0, 0, ROUTINE.steps().get(0)));
    events.add(new SessionEvent.StepActive(0.5, 0));
    events.add(rep(2.0, Side.LEFT, 1, 1));
    play(events, 5);
    List<Utterance> spoken = said.spoken();
    Utterance intro = spoken.get(0);
    Utterance count = spoken.get(1);
    assertEquals("left, one", count.text());
    assertTrue(count.interrupts());
    assertEquals(2.0, count.startSeconds(), 1e-9);
    assertEquals(2.0, intro.endSeconds(), 1e-9, "the introduction stops where the count starts");
    assertFalse(
        spoken.stream().anyMatch(u -> u.text().equals(Phrases.BEGIN)),
        "'begin' went stale behind the introduction");
  }

  @Test
  void aCueWaitsForTheCountIsReplacedByANewerOneAndIsDroppedOnceStale() {
    List<SessionEvent> events =
        List.of(
            new SessionEvent.StepStarted(0, 1, ROUTINE.steps().get(1)),
            rep(10.0, Side.LEFT, 1, 1),
            cue(10.0, "Slow down"),
            cue(10.1, "Round and dip further"),
            rep(13.0, Side.RIGHT, 2, 1),
            cue(13.1, "Smooth and steady"),
            rep(13.9, Side.LEFT, 3, 2));
    play(events, 16);
    List<String> texts = said.spoken().stream().map(Utterance::text).toList();
    assertEquals(
        List.of(
            Phrases.stepIntro(ROUTINE.steps().get(1)),
            "left, one",
            "Round and dip further",
            "right, one",
            "left, two"),
        texts,
        "the second cue waited behind two counts until it was about nothing");
    assertNoOverlap(said.spoken());
  }

  @Test
  void theSameCueIsNotRepeatedWithinTenSeconds() {
    List<SessionEvent> events =
        List.of(cue(1, "Slow down"), cue(4, "Slow down"), cue(12, "Slow down"));
    play(events, 15);
    assertEquals(2, said.spoken().size());
  }

  @Test
  void aHoldCountsDownAndReleases() {
    for (double t = 0; t <= 4.5; t += 0.1) {
      double progress = t < 1 ? 0 : Math.min(1, (t - 1) / 3);
      scheduler.onHoldProgress(t, 3, progress);
      said.add(scheduler.due(t));
    }
    assertEquals(
        List.of("hold", "two", "one", "release"),
        said.spoken().stream().map(Utterance::text).toList());
    assertNoOverlap(said.spoken());
  }

  @Test
  void theSessionEndsWithOneSummarySentence() {
    List<SessionEvent> events =
        List.of(
            new SessionEvent.StepStarted(0, 0, ROUTINE.steps().get(0)),
            rep(20, Side.LEFT, 1, 1),
            rep(23, Side.RIGHT, 2, 1),
            new SessionEvent.SessionEnded(25, false));
    play(events, 26);
    List<Utterance> spoken = said.spoken();
    assertEquals(
        "Session ended: lumbar rotation, 2 reps. Well done.", spoken.get(spoken.size() - 1).text());
  }

  static void assertNoOverlap(List<Utterance> spoken) {
    for (int i = 1; i < spoken.size(); i++) {
      assertTrue(
          spoken.get(i).startSeconds() >= spoken.get(i - 1).endSeconds() - 1e-9,
          "'" + spoken.get(i).text() + "' starts before '" + spoken.get(i - 1).text() + "' ends");
    }
  }
}
