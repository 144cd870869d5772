package org.posecoach.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.posecoach.motion.vocabulary.MotionEvent;
import org.posecoach.pose.KeypointLayout;
import org.posecoach.pose.Poses;
import org.posecoach.routine.Routine;
import org.posecoach.routine.RoutineLoader;
import org.posecoach.routine.RoutineStep;
import org.posecoach.session.SessionEngine;
import org.posecoach.session.SessionEvent;
import org.posecoach.session.SessionPhase;
import org.posecoach.session.SessionSnapshot;
import org.posecoach.synthetic.CameraSetup;
import org.posecoach.synthetic.Performance;
import org.posecoach.synthetic.SyntheticFrame;
import org.posecoach.synthetic.SyntheticStream;

/**
 * The spoken schedule against a real session's events: a three-step routine performed by the
 * synthetic body (with too-fast reps, so cues come), fed frame by frame as the live coach feeds it.
 * Every counted rep is said within half a second, nothing overlaps, and each hold counts down.
 */
class SpokenScheduleTest {
  private static final long FRAME_NANOS = 33_333_333;

  private static final Routine ROUTINE =
      RoutineLoader.load(
          """
          name: Speech
          steps:
            - exercise: cat_camel
              reps: 3
              min_rep_seconds: 3
              rest_after_seconds: 2
            - exercise: knees_to_chest
              reps: 2
              hold_seconds: 3
              rest_after_seconds: 2
            - exercise: lumbar_rotation
              reps: 2
              min_rep_seconds: 1.5
              rest_after_seconds: 0
          """,
          "speech.yaml");

  private final SessionEngine engine = new SessionEngine(ROUTINE, SessionEngine.Options.COACHING);
  private final List<SessionEvent> events = new ArrayList<>();
  private final SpokenLog said = new SpokenLog();

  private final SpeechScheduler scheduler =
      new SpeechScheduler(ROUTINE, ClipLibrary::estimateSeconds);
  private long clock;

  @Test
  void everyCountIsSaidWithinHalfASecondAndNothingOverlaps() {
    engine.addListener(events::add);
    engine.addListener(scheduler::onEvent);
    for (int i = 0; i < ROUTINE.steps().size(); i++) {
      play(perform(ROUTINE.steps().get(i), 11 + i, i == 0));
      idle(ROUTINE.steps().get(i).restAfterSeconds() + 0.5);
    }
    assertTrue(engine.isDone(), "the performance finished the routine");
    said.add(scheduler.drain());

    List<Utterance> spoken = said.spoken();
    SpeechSchedulerTest.assertNoOverlap(spoken);
    List<MotionEvent.RepCounted> reps = reps();
    assertEquals(3 + 2 + 4, reps.size(), "every rep of the routine was counted");
    List<Utterance> counts = spoken.stream().filter(u -> u.kind() == Utterance.Kind.COUNT).toList();
    assertEquals(reps.size(), counts.size(), "one count said per rep counted");
    for (int i = 0; i < reps.size(); i++) {
      MotionEvent.RepCounted rep = reps.get(i);
      Utterance said = counts.get(i);
      assertEquals(Phrases.count(rep.side(), rep.count(), rep.sideCount()), said.text());
      double delay = said.startSeconds() - eventTime(rep);
      assertTrue(
          delay >= -1e-9 && delay <= SpeechScheduler.MAX_COUNT_DELAY_SECONDS,
          "'" + said.text() + "' said " + delay + " s after its rep");
    }
    for (Utterance cue : spoken.stream().filter(u -> u.kind() == Utterance.Kind.CUE).toList()) {
      for (Utterance count : counts) {
        assertTrue(
            cue.endSeconds() <= count.startSeconds() + 1e-9
                || cue.startSeconds() >= count.endSeconds() - 1e-9,
            "cue '" + cue.text() + "' overlaps count '" + count.text() + "'");
      }
    }
    List<String> texts = spoken.stream().map(Utterance::text).toList();
    assertTrue(
        texts.stream().filter(Phrases.HOLD::equals).count() >= 2 && texts.contains("two"),
        "each of the two holds was counted down: " + texts);
    assertTrue(texts.contains("Rest 2 seconds. Next: knees to chest."), texts.toString());
    assertTrue(texts.get(texts.size() - 1).startsWith("Routine complete: cat-camel, 3 reps"));
  }

  private double eventTime(MotionEvent.RepCounted rep) {
    return events.stream()
        .filter(e -> e instanceof SessionEvent.Motion m && m.event() == rep)
        .findFirst()
        .orElseThrow()
        .timeSeconds();
  }

  private List<MotionEvent.RepCounted> reps() {
    return events.stream()
        .filter(
            e -> e instanceof SessionEvent.Motion m && m.event() instanceof MotionEvent.RepCounted)
        .map(e -> (MotionEvent.RepCounted) ((SessionEvent.Motion) e).event())
        .toList();
  }

  private SyntheticStream perform(RoutineStep step, long seed, boolean fast) {
    return Performance.builder(step.exercise(), seed)
        .layout(KeypointLayout.BLAZEPOSE_33)
        .camera(CameraSetup.side(true))
        .reps(step.reps())
        .fast(fast)
        .settings(SessionEngine.settingsFor(step, ROUTINE))
        .build()
        .generate();
  }

  private void play(SyntheticStream stream) {
    long base = clock;
    for (SyntheticFrame f : stream.frames()) {
      clock = base + f.timestampNanos();
      engine.accept(f.pose().map(p -> Poses.at(p, clock)), clock);
      frameDone();
    }
  }

  private void idle(double seconds) {
    for (int i = 0; i < seconds * 30; i++) {
      clock += FRAME_NANOS;
      engine.accept(Optional.empty(), clock);
      frameDone();
    }
  }

  /** What {@link SpeechFeeder} does after each frame. */
  private void frameDone() {
    SessionSnapshot s = engine.snapshot();
    double held =
        s.phase() == SessionPhase.ACTIVE ? s.analyzer().map(a -> a.holdProgress()).orElse(0.0) : 0;
    scheduler.onHoldProgress(s.elapsedSeconds(), s.step().holdSeconds(), held);
    said.add(scheduler.due(s.elapsedSeconds()));
  }
}
