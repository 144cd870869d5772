package org.posecoach.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.MotionEvent;
import org.posecoach.motion.vocabulary.Side;
import org.posecoach.pose.KeypointLayout;
import org.posecoach.pose.Poses;
import org.posecoach.routine.Routine;
import org.posecoach.routine.RoutineLoader;
import org.posecoach.store.HistoryStore;
import org.posecoach.store.SessionDetail;
import org.posecoach.store.SessionStatus;
import org.posecoach.store.StepStatus;
import org.posecoach.synthetic.CameraSetup;
import org.posecoach.synthetic.Performance;
import org.posecoach.synthetic.SyntheticFrame;
import org.posecoach.synthetic.SyntheticStream;

/** The session engine walks a routine over synthetic performances with known repetitions. */
class SessionEngineTest {
  private static final long FRAME_NANOS = 33_333_333;

  @TempDir Path dir;

  private static final String TWO_STEPS =
      """
      name: Two steps
      steps:
        - exercise: cat_camel
          reps: 3
          min_rep_seconds: 3
          rest_after_seconds: 2
        - exercise: prayer_stretch
          reps: 2
          min_rep_seconds: 2
          rest_after_seconds: 0
      """;

  /** Feeds frames and records events; time keeps running across streams. */
  private static final class Driver {
    final SessionEngine engine;
    final List<SessionEvent> events = new ArrayList<>();
    long clock;

    Driver(Routine routine) {
      engine = new SessionEngine(routine, SessionEngine.Options.COACHING);
      engine.addListener(events::add);
    }

    void play(SyntheticStream stream) {
      long base = clock;
      for (SyntheticFrame f : stream.frames()) {
        clock = base + f.timestampNanos();
        engine.accept(f.pose().map(p -> Poses.at(p, clock)), clock);
      }
    }

    void idle(double seconds) {
      for (int i = 0; i < seconds * 30; i++) {
        clock += FRAME_NANOS;
        engine.accept(Optional.empty(), clock);
      }
    }

    <T> List<T> of(Class<T> type) {
      return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<MotionEvent.RepCounted> reps() {
      return events.stream()
          .filter(
              e ->
                  e instanceof SessionEvent.Motion m && m.event() instanceof MotionEvent.RepCounted)
          .map(e -> (MotionEvent.RepCounted) ((SessionEvent.Motion) e).event())
          .toList();
    }
  }

  private static SyntheticStream perform(ExerciseId exercise, int reps, long seed) {
    return Performance.builder(exercise, seed)
        .layout(KeypointLayout.BLAZEPOSE_33)
        .camera(CameraSetup.side(true))
        .reps(reps)
        .build()
        .generate();
  }

  @Test
  void aRoutineRunsStepByStepWithItsRestAndEndsCompleted() {
    Driver d = new Driver(RoutineLoader.load(TWO_STEPS, "two.yaml"));
    d.play(perform(ExerciseId.CAT_CAMEL, 3, 1));
    d.idle(2.5);
    SessionEvent.RestStarted rest = d.of(SessionEvent.RestStarted.class).get(0);
    assertEquals(2, rest.seconds(), 1e-9, "after the target: the step's rest");
    SessionEvent.StepStarted second = d.of(SessionEvent.StepStarted.class).get(1);
    assertEquals(1, second.index(), "the rest leads to the next step");
    assertTrue(
        second.timeSeconds() >= rest.timeSeconds() + 2 - 0.05, "not before the rest is over");
    d.play(perform(ExerciseId.PRAYER_STRETCH, 2, 2));
    assertTrue(d.engine.isDone());
    assertEquals(5, d.reps().size());
    List<SessionEvent.StepEnded> ended = d.of(SessionEvent.StepEnded.class);
    assertEquals(2, ended.size());
    assertEquals(StepStatus.COMPLETED, ended.get(0).status());
    assertEquals(StepStatus.COMPLETED, ended.get(1).status());
    assertEquals(
        2, d.of(SessionEvent.StepActive.class).size(), "each step waited for its position");
    assertTrue(d.of(SessionEvent.SessionEnded.class).get(0).completed());
  }

  @Test
  void pauseStopsTheRestClockAndSkipEndsAStepEarly() {
    Driver d = new Driver(RoutineLoader.load(TWO_STEPS, "two.yaml"));
    // The user pauses as soon as the rest begins.
    d.engine.addListener(
        e -> {
          if (e instanceof SessionEvent.RestStarted) {
            d.engine.togglePause();
          }
        });
    d.play(perform(ExerciseId.CAT_CAMEL, 3, 3));
    d.idle(5); // paused far longer than the 2 s rest
    assertEquals(SessionPhase.PAUSED, d.engine.snapshot().phase());
    assertEquals(0, d.engine.snapshot().stepIndex());
    d.engine.togglePause(); // resumes
    d.idle(0.5);
    assertEquals(SessionPhase.REST, d.engine.snapshot().phase(), "the rest resumes where it stood");
    d.engine.skip(); // cut the rest short
    d.idle(0.1);
    assertEquals(1, d.engine.snapshot().stepIndex());
    d.engine.skip(); // and skip the last step
    d.idle(0.1);
    assertTrue(d.engine.isDone());
    assertEquals(StepStatus.SKIPPED, d.of(SessionEvent.StepEnded.class).get(1).status());
    assertFalse(d.of(SessionEvent.SessionEnded.class).get(0).completed());
  }

  @Test
  void repeatStartsTheStepAgainWithANewCount() {
    Driver d = new Driver(RoutineLoader.load(TWO_STEPS, "two.yaml"));
    d.play(perform(ExerciseId.CAT_CAMEL, 2, 4));
    d.engine.repeat();
    d.idle(0.1);
    assertEquals(0, d.engine.snapshot().stepIndex());
    assertEquals(0, RepsDone.in(d.engine.snapshot()), "a repeated step counts from zero");
    assertEquals(2, d.of(SessionEvent.StepStarted.class).size());
    assertEquals(
        StepStatus.RESTARTED,
        d.of(SessionEvent.StepEnded.class).get(0).status(),
        "a repeat is not a skip");
  }

  @Test
  void endingDuringAStepThatCountedSomeRepsLeavesItPartlyDoneAndTheNextNotReached() {
    Driver d = new Driver(RoutineLoader.load(TWO_STEPS, "two.yaml"));
    d.play(perform(ExerciseId.CAT_CAMEL, 2, 4));
    d.engine.end();
    d.idle(0.1);
    List<SessionEvent.StepEnded> ended = d.of(SessionEvent.StepEnded.class);
    assertEquals(1, ended.size(), "the second step never started");
    assertEquals(StepStatus.PARTLY_DONE, ended.get(0).status());
    assertFalse(d.of(SessionEvent.SessionEnded.class).get(0).completed());
  }

  @Test
  void theEndOfTheVideoBeforeAnyRepEndsTheStepEarly() {
    Driver d = new Driver(RoutineLoader.load(TWO_STEPS, "two.yaml"));
    d.idle(1);
    d.engine.finish(d.clock);
    assertEquals(StepStatus.ENDED_EARLY, d.of(SessionEvent.StepEnded.class).get(0).status());
  }

  @Test
  void countingAWholeRecordingCompletesItsOneStepAtTheEnd() {
    SessionEngine engine =
        new SessionEngine(
            RoutineLoader.load(TWO_STEPS, "two.yaml"), SessionEngine.Options.COUNT_UNTIL_END);
    List<SessionEvent> events = new ArrayList<>();
    engine.addListener(events::add);
    long clock = 0;
    for (SyntheticFrame f : perform(ExerciseId.CAT_CAMEL, 2, 4).frames()) {
      clock = f.timestampNanos();
      long t = clock;
      engine.accept(f.pose().map(p -> Poses.at(p, t)), t);
    }
    engine.finish(clock + FRAME_NANOS);
    SessionEvent.StepEnded ended =
        events.stream()
            .filter(SessionEvent.StepEnded.class::isInstance)
            .map(SessionEvent.StepEnded.class::cast)
            .findFirst()
            .orElseThrow();
    assertEquals(2, ended.review().reps());
    assertEquals(StepStatus.COMPLETED, ended.status(), "counted to the end, not skipped");
  }

  @Test
  void theHistoryKeepsEachWayAStepEnded() throws Exception {
    try (HistoryStore store = HistoryStore.open(dir.resolve("history.db"))) {
      Driver d = new Driver(RoutineLoader.load(TWO_STEPS, "two.yaml"));
      HistoryRecorder recorder = new HistoryRecorder(store, "synthetic", "test stream");
      d.engine.addListener(recorder);
      d.play(perform(ExerciseId.CAT_CAMEL, 1, 4));
      d.engine.repeat();
      d.idle(0.1);
      d.play(perform(ExerciseId.CAT_CAMEL, 1, 5));
      d.engine.end();
      d.idle(0.1);
      SessionDetail detail = store.session(recorder.session().orElseThrow()).orElseThrow();
      assertEquals(
          List.of(StepStatus.RESTARTED, StepStatus.PARTLY_DONE),
          detail.steps().stream().map(s -> s.step().status()).toList());
    }
  }

  @Test
  void endStopsTheSessionAtOnce() {
    Driver d = new Driver(RoutineLoader.load(TWO_STEPS, "two.yaml"));
    d.idle(1);
    d.engine.end();
    d.idle(0.1);
    assertTrue(d.engine.isDone());
    assertEquals(SessionPhase.DONE, d.engine.snapshot().phase());
    assertFalse(d.of(SessionEvent.SessionEnded.class).get(0).completed());
  }

  @Test
  void blocksAskForOneSideUntilItsTargetThenTheOther() {
    Routine routine =
        RoutineLoader.load(
            """
            name: Threads
            steps:
              - exercise: thread_the_needle
                reps: 2
                order: blocks
                first_side: right
            """,
            "threads.yaml");
    Driver d = new Driver(routine);
    d.idle(0.1);
    assertEquals(Optional.of(Side.RIGHT), d.engine.snapshot().expectedSide());
  }

  @Test
  void everyRepIsInTheHistoryAsSoonAsItIsCounted() throws Exception {
    try (HistoryStore store = HistoryStore.open(dir.resolve("history.db"))) {
      Driver d = new Driver(RoutineLoader.load(TWO_STEPS, "two.yaml"));
      HistoryRecorder recorder = new HistoryRecorder(store, "synthetic", "test stream");
      d.engine.addListener(recorder);
      d.play(perform(ExerciseId.CAT_CAMEL, 3, 5));
      // Mid-session: the reps are already committed.
      SessionDetail detail = store.session(recorder.session().orElseThrow()).orElseThrow();
      assertEquals(SessionStatus.IN_PROGRESS, detail.session().status());
      assertEquals(3, detail.steps().get(0).reps().size());
      d.idle(2.5);
      d.play(perform(ExerciseId.PRAYER_STRETCH, 2, 6));
      detail = store.session(recorder.session().orElseThrow()).orElseThrow();
      assertEquals(SessionStatus.COMPLETED, detail.session().status());
      assertEquals(2, detail.steps().size());
      assertEquals(2, detail.steps().get(1).reps().size());
    }
  }

  @Test
  void theWholeMorningRoutineGivesExactlyTheStepsRepsHoldsAndSidesPerformed() {
    Routine morning = RoutineLoader.load(Path.of("routines", "morning-low-back.yaml"));
    Driver d = new Driver(morning);
    List<org.posecoach.synthetic.GroundTruth> truths = new ArrayList<>();
    long seed = 100;
    for (org.posecoach.routine.RoutineStep step : morning.steps()) {
      SyntheticStream stream =
          Performance.builder(step.exercise(), seed++)
              .layout(KeypointLayout.BLAZEPOSE_33)
              .camera(CameraSetup.side(seed % 2 == 0))
              .settings(SessionEngine.settingsFor(step, morning))
              .reps(step.reps())
              .build()
              .generate();
      truths.add(stream.truth());
      d.play(stream);
      d.idle(step.restAfterSeconds() + 1);
    }
    assertTrue(d.engine.isDone(), "the routine ran to its end");
    assertTrue(d.of(SessionEvent.SessionEnded.class).get(0).completed());
    List<SessionEvent.StepEnded> ended = d.of(SessionEvent.StepEnded.class);
    assertEquals(morning.steps().size(), ended.size());
    for (int i = 0; i < ended.size(); i++) {
      assertEquals(
          StepStatus.COMPLETED, ended.get(i).status(), "step " + (i + 1) + " reached its target");
    }
    for (int i = 0; i < morning.steps().size(); i++) {
      int step = i;
      List<MotionEvent> counted =
          d.events.stream()
              .filter(e -> e instanceof SessionEvent.Motion m && m.index() == step)
              .map(e -> ((SessionEvent.Motion) e).event())
              .filter(
                  e ->
                      e instanceof MotionEvent.RepCounted || e instanceof MotionEvent.HoldCompleted)
              .toList();
      org.posecoach.synthetic.GroundTruth truth = truths.get(i);
      String name = morning.steps().get(i).exercise().id();
      assertEquals(truth.total(), counted.size(), name + ": reps or holds counted");
      for (Side side : Side.values()) {
        long onSide =
            counted.stream()
                .filter(
                    e ->
                        (e instanceof MotionEvent.RepCounted r
                                && r.side().equals(Optional.of(side)))
                            || (e instanceof MotionEvent.HoldCompleted h
                                && h.side().equals(Optional.of(side))))
                .count();
        assertEquals(truth.count(side), onSide, name + ": counted on the " + side);
      }
    }
    long holds =
        d.events.stream()
            .filter(
                e ->
                    e instanceof SessionEvent.Motion m
                        && m.event() instanceof MotionEvent.HoldCompleted)
            .count();
    assertEquals(2, holds, "the glute stretch: one 10 s hold on each side");
  }
}
