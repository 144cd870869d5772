package org.posecoach.ui.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.Side;
import org.posecoach.routine.Routine;
import org.posecoach.routine.RoutineLoader;
import org.posecoach.store.ExerciseTrend;
import org.posecoach.store.FormEventRecord;
import org.posecoach.store.HoldRecord;
import org.posecoach.store.RepRecord;
import org.posecoach.store.SessionDetail;
import org.posecoach.store.SessionId;
import org.posecoach.store.SessionStatus;
import org.posecoach.store.SessionSummary;
import org.posecoach.store.StepDetail;
import org.posecoach.store.StepId;
import org.posecoach.store.StepStatus;
import org.posecoach.store.StepSummary;
import org.posecoach.store.TrendPoint;

class SummaryViewModelTest {
  private static final Routine MORNING =
      RoutineLoader.load(Path.of("routines", "morning-low-back.yaml"));
  private static final Instant START = Instant.parse("2026-11-24T07:30:00Z");

  /** Step {@code position} (from 1) of the morning routine, with these reps and holds. */
  private static StepDetail step(
      int position, StepStatus status, List<RepRecord> reps, List<HoldRecord> holds) {
    var plan = MORNING.steps().get(position - 1);
    return new StepDetail(
        new StepSummary(
            new StepId(position),
            position,
            plan.exercise(),
            plan.reps(),
            plan.holdSeconds(),
            plan.sides().sides(),
            0,
            OptionalDouble.of(60),
            status,
            Optional.empty(),
            Optional.empty()),
        reps,
        holds,
        List.of(new FormEventRecord(75, "too_fast", "warning", "Slow down", Optional.empty())));
  }

  private static List<RepRecord> reps(int left, int right, int none, double seconds) {
    List<RepRecord> out = new ArrayList<>();
    int i = 1;
    for (int k = 0; k < left; k++) {
      out.add(rep(i++, Optional.of(Side.LEFT), seconds));
    }
    for (int k = 0; k < right; k++) {
      out.add(rep(i++, Optional.of(Side.RIGHT), seconds));
    }
    for (int k = 0; k < none; k++) {
      out.add(rep(i++, Optional.empty(), seconds + (k % 2 == 0 ? 0 : -2)));
    }
    return out;
  }

  private static RepRecord rep(int index, Optional<Side> side, double seconds) {
    return new RepRecord(
        index, side, index * 5.0, index * 5.0 + seconds, seconds, 0, 0.9, OptionalDouble.empty());
  }

  private static SessionDetail session(SessionStatus status, StepDetail... steps) {
    return session(status, 2, 26, steps);
  }

  private static SessionDetail session(
      SessionStatus status, int stepsCompleted, int reps, StepDetail... steps) {
    return new SessionDetail(
        new SessionSummary(
            new SessionId(12),
            START,
            Optional.of(START.plusSeconds(754)),
            MORNING.name(),
            "blazepose-full",
            "camera /dev/video0",
            status,
            6,
            stepsCompleted,
            reps,
            0,
            steps.length),
        List.of(steps));
  }

  private static SummaryViewModel summary(SessionDetail detail, Map<ExerciseId, ExerciseTrend> t) {
    return new SummaryViewModel(
        Optional.of(detail), MORNING, t, Optional.empty(), ZoneOffset.UTC, () -> {}, () -> {});
  }

  @ParameterizedTest(name = "step {0}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1 | COMPLETED   | L 10 · R 9 of 10 | completed   | 3.0 s avg",
        "4 | SKIPPED     | 6 of 20          | skipped     | 2.0 s avg · 3 too fast",
        "4 | PARTLY_DONE | 6 of 20          | partly done | 2.0 s avg · 3 too fast",
        "4 | RESTARTED   | 6 of 20          | restarted   | 2.0 s avg · 3 too fast",
        "5 | ENDED_EARLY | 0 of 10          | ended early | –"
      })
  void eachStepShowsDoneAgainstTargetItsStatusAndItsTempo(
      int position, StepStatus status, String done, String word, String tempo) {
    List<RepRecord> reps =
        switch (position) {
          case 1 -> reps(10, 9, 0, 3.0);
          case 4 -> reps(0, 0, 6, 3.0);
          default -> List.of();
        };
    SummaryViewModel vm =
        summary(session(SessionStatus.ABORTED, step(position, status, reps, List.of())), Map.of());
    SummaryViewModel.StepRow row = vm.rows().get(0);
    assertEquals(MORNING.steps().get(position - 1).title(), row.step());
    assertEquals(done, row.done());
    assertEquals(word, row.status());
    assertEquals(tempo, row.tempo());
    assertEquals("1", row.notes());
  }

  @Test
  void timedHoldsShowHoldsPerSideAndTheSecondsHeld() {
    List<HoldRecord> holds =
        List.of(
            new HoldRecord(1, Optional.of(Side.LEFT), 10, 10.4, 10),
            new HoldRecord(2, Optional.of(Side.RIGHT), 30, 9.6, 10));
    SummaryViewModel vm =
        summary(
            session(SessionStatus.COMPLETED, step(3, StepStatus.COMPLETED, List.of(), holds)),
            Map.of());
    assertEquals("L 1 · R 1 of 1", vm.rows().get(0).done());
    assertEquals("10 s held avg", vm.rows().get(0).tempo());
    assertEquals(10, vm.boundProperty().get());
    assertEquals(
        List.of(new SummaryViewModel.RepPoint(1, 10.4), new SummaryViewModel.RepPoint(2, 9.6)),
        vm.repPoints());
  }

  @Test
  void theHeaderSaysHowTheSessionWent() {
    SummaryViewModel vm =
        summary(
            session(
                SessionStatus.COMPLETED,
                step(4, StepStatus.COMPLETED, reps(0, 0, 2, 4), List.of())),
            Map.of());
    assertEquals("Morning low back — complete", vm.titleProperty().get());
    assertTrue(
        vm.subtitleProperty().get().startsWith("Tuesday 24 November, 07:30 · 12:34 min"),
        vm.subtitleProperty().get());
    assertEquals(List.of("1:15   Cat-camel: Slow down  (warning)"), vm.formNotes());
  }

  @Test
  void theTempoChartIsTheFirstCountedStepsRepsAgainstItsBound() {
    SummaryViewModel vm =
        summary(
            session(
                SessionStatus.ABORTED,
                step(1, StepStatus.SKIPPED, List.of(), List.of()),
                step(4, StepStatus.COMPLETED, reps(0, 0, 3, 4.0), List.of())),
            Map.of());
    assertEquals(1, vm.selectedProperty().get(), "the step without reps is passed over");
    assertEquals(3.0, vm.boundProperty().get());
    assertEquals(
        List.of(4.0, 2.0, 4.0),
        vm.repPoints().stream().map(SummaryViewModel.RepPoint::seconds).toList());
    assertEquals("Cat-camel · seconds per rep (at least 3 s)", vm.tempoTitleProperty().get());
  }

  @Test
  void theTrendShowsTheLastTenSessionsOfTheSelectedExercise() {
    List<TrendPoint> points = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      points.add(
          new TrendPoint(
              new SessionId(i + 1),
              START.minusSeconds(86_400L * (12 - i)),
              20,
              0,
              OptionalDouble.of(3 + i * 0.1),
              OptionalDouble.of(0.9),
              OptionalDouble.empty(),
              1,
              OptionalDouble.of(0.05)));
    }
    SummaryViewModel vm =
        summary(
            session(
                SessionStatus.COMPLETED,
                step(4, StepStatus.COMPLETED, reps(0, 0, 2, 4), List.of())),
            Map.of(ExerciseId.CAT_CAMEL, new ExerciseTrend(ExerciseId.CAT_CAMEL, points)));
    assertEquals(SummaryViewModel.TREND_SESSIONS, vm.trendPoints().size());
    assertEquals("14 Nov 07:30", vm.trendPoints().get(0).label());
    assertEquals(4.1, vm.trendPoints().get(9).seconds(), 1e-9);
    assertEquals("Cat-camel trend: mean s per rep, 10 sessions", vm.trendTitleProperty().get());
  }

  @Test
  void stepsAfterTheLastOneRecordedAreNotReachedAndPartlyDoneStepsAreCounted() {
    SummaryViewModel vm =
        summary(
            session(
                SessionStatus.ABORTED,
                3,
                8,
                step(1, StepStatus.COMPLETED, reps(10, 10, 0, 3.0), List.of()),
                step(2, StepStatus.COMPLETED, reps(0, 0, 10, 3.0), List.of()),
                step(3, StepStatus.COMPLETED, List.of(), List.of()),
                step(4, StepStatus.PARTLY_DONE, reps(0, 0, 8, 3.0), List.of())),
            Map.of());
    assertEquals(6, vm.rows().size(), "every step of the routine has a row");
    assertEquals("partly done", vm.rows().get(3).status());
    assertEquals("not reached", vm.rows().get(4).status());
    assertEquals(MORNING.steps().get(5).title(), vm.rows().get(5).step());
    assertEquals("not reached", vm.rows().get(5).status());
    assertTrue(
        vm.subtitleProperty().get().contains("3 of 6 steps completed, 1 partly done"),
        vm.subtitleProperty().get());
  }

  @Test
  void noFormNotesArePraisedOnlyWhenSomethingWasDone() {
    SummaryViewModel nothing =
        summary(
            session(
                SessionStatus.ABORTED, 0, 0, step(1, StepStatus.ENDED_EARLY, List.of(), List.of())),
            Map.of());
    assertEquals(
        "Nothing was counted, so there is no form to note.", nothing.noFormNotesProperty().get());
    assertTrue(nothing.subtitleProperty().get().contains("0 of 6 steps completed ·"));
    SummaryViewModel some =
        summary(
            session(
                SessionStatus.COMPLETED,
                step(4, StepStatus.COMPLETED, reps(0, 0, 2, 4), List.of())),
            Map.of());
    assertEquals("No form notes: smooth work.", some.noFormNotesProperty().get());
  }

  @Test
  void withNothingRecordedItSaysSo() {
    SummaryViewModel vm =
        new SummaryViewModel(
            Optional.empty(),
            MORNING,
            Map.of(),
            Optional.of("Lost the video: …"),
            ZoneOffset.UTC,
            () -> {},
            () -> {});
    assertEquals("Morning low back — nothing recorded", vm.titleProperty().get());
    assertTrue(vm.rows().isEmpty());
    assertEquals("Lost the video: …", vm.noteProperty().get());
  }
}
