package org.posecoach.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.Side;
import org.posecoach.routine.Sides;

/** A session written as it happens and read back: lists, details, trends, crash recovery. */
class HistoryStoreTest {
  /** This test's own process id with another start time: a process that has since ended. */
  private static final OwnerProcess DEAD_OWNER =
      new OwnerProcess(ProcessHandle.current().pid(), Optional.of(0L));

  private static final double EPS = 1e-9;
  private static final Instant MORNING = Instant.parse("2025-03-01T07:00:00Z");

  @TempDir Path dir;

  private Path db() {
    return dir.resolve("data").resolve("history.db");
  }

  private static SessionStart start(Instant at, String routine) {
    return new SessionStart(at, routine, 2, "blazepose-full", "camera 0");
  }

  private static RepRecord rep(int index, Side side, double start, double duration, double range) {
    return new RepRecord(
        index,
        Optional.ofNullable(side),
        start,
        start + duration,
        duration,
        0,
        range,
        OptionalDouble.of(30 * range));
  }

  /** Two steps: 2 lumbar rotations (completed), then glute stretch holds (left in progress). */
  private static SessionId recordSession(HistoryStore history, Instant at) {
    return recordSession(history, at, OwnerProcess.current());
  }

  private static SessionId recordSession(HistoryStore history, Instant at, OwnerProcess owner) {
    SessionId session = history.startSession(start(at, "Morning low back"), owner);
    StepId rotations =
        history.startStep(
            session, new StepStart(1, ExerciseId.LUMBAR_ROTATION, 1, 0, Sides.BOTH, 5));
    history.recordRep(rotations, rep(1, Side.LEFT, 6, 2, 0.8));
    history.recordRep(rotations, rep(2, Side.RIGHT, 8, 3, 0.6));
    history.recordFormEvent(
        rotations,
        new FormEventRecord(7.5, "too_fast", "warning", "Slow down", Optional.of(Side.LEFT)));
    history.endStep(rotations, StepStatus.COMPLETED, 11);
    StepId glute =
        history.startStep(
            session, new StepStart(2, ExerciseId.GLUTE_STRETCH, 1, 10, Sides.BOTH, 20));
    history.recordHold(glute, new HoldRecord(1, Optional.of(Side.LEFT), 21, 10.5, 10));
    return session;
  }

  @Test
  void aSessionIsReadBackAsItWasRecorded() {
    try (HistoryStore history = HistoryStore.open(db())) {
      SessionId session = recordSession(history, MORNING);
      history.endSession(session, SessionStatus.COMPLETED, MORNING.plusSeconds(40));

      SessionDetail detail = history.session(session).orElseThrow();
      SessionSummary summary = detail.session();
      assertEquals(SessionStatus.COMPLETED, summary.status());
      assertEquals(Duration.ofSeconds(40), summary.duration().orElseThrow());
      assertEquals(1, summary.stepsCompleted());
      assertEquals(2, summary.plannedSteps());
      assertEquals(2, summary.reps());
      assertEquals(1, summary.holds());
      assertEquals(1, summary.formEvents());

      StepDetail rotations = detail.steps().get(0);
      assertEquals(ExerciseId.LUMBAR_ROTATION, rotations.step().exercise());
      assertEquals(StepStatus.COMPLETED, rotations.step().status());
      assertEquals(11, rotations.step().endSeconds().orElseThrow(), EPS);
      assertEquals(
          List.of(rep(1, Side.LEFT, 6, 2, 0.8), rep(2, Side.RIGHT, 8, 3, 0.6)), rotations.reps());
      assertEquals("Slow down", rotations.formEvents().get(0).message());

      StepDetail glute = detail.steps().get(1);
      assertEquals(
          StepStatus.PARTLY_DONE,
          glute.step().status(),
          "ending the session closes open steps: this one held once");
      assertEquals(40, glute.step().endSeconds().orElseThrow(), EPS);
      assertEquals(10.5, glute.holds().get(0).heldSeconds(), EPS);
    }
  }

  @Test
  void sessionsAreListedNewestFirst() {
    try (HistoryStore history = HistoryStore.open(db())) {
      SessionId first = history.startSession(start(MORNING, "A"));
      SessionId second = history.startSession(start(MORNING.plusSeconds(86_400), "B"));
      assertEquals(
          List.of(second, first), history.sessions().stream().map(SessionSummary::id).toList());
      assertTrue(history.session(new SessionId(999)).isEmpty());
    }
  }

  @Test
  void trendsGiveMeanTempoRangeAndFormEventsPerRepPerSession() {
    try (HistoryStore history = HistoryStore.open(db())) {
      recordSession(history, MORNING);
      SessionId later =
          history.startSession(start(MORNING.plusSeconds(86_400), "Morning low back"));
      StepId step =
          history.startStep(
              later, new StepStart(1, ExerciseId.LUMBAR_ROTATION, 2, 0, Sides.BOTH, 0));
      history.recordRep(step, rep(1, Side.LEFT, 1, 4, 1.0));

      ExerciseTrend trend = history.trend(ExerciseId.LUMBAR_ROTATION);
      assertEquals(2, trend.points().size());
      TrendPoint day1 = trend.points().get(0);
      assertEquals(2, day1.reps());
      assertEquals(2.5, day1.meanRepSeconds().orElseThrow(), EPS);
      assertEquals(0.7, day1.meanRangeFraction().orElseThrow(), EPS);
      assertEquals(0.5, day1.formEventsPerRep().orElseThrow(), EPS);
      TrendPoint day2 = trend.points().get(1);
      assertEquals(later, day2.session());
      assertEquals(4, day2.meanRepSeconds().orElseThrow(), EPS);
      assertEquals(0, day2.formEventsPerRep().orElseThrow(), EPS);

      TrendPoint holds = history.trend(ExerciseId.GLUTE_STRETCH).points().get(0);
      assertEquals(1, holds.holds());
      assertTrue(holds.meanRepSeconds().isEmpty());
      assertEquals(10.5, holds.meanHeldSeconds().orElseThrow(), EPS);

      assertEquals(
          List.of(ExerciseId.LUMBAR_ROTATION, ExerciseId.GLUTE_STRETCH),
          history.trends().stream().map(ExerciseTrend::exercise).toList());
      assertTrue(history.trend(ExerciseId.CAT_CAMEL).points().isEmpty());
    }
  }

  @Test
  void aSessionLeftInProgressByADeadProcessIsAbortedOnOpenWithItsDataKept() {
    SessionId session;
    try (HistoryStore history = HistoryStore.open(db())) {
      session = recordSession(history, MORNING, DEAD_OWNER);
    }
    try (HistoryStore reopened = HistoryStore.open(db())) {
      assertEquals(List.of(session), abortedSessions(reopened));
      SessionDetail detail = reopened.session(session).orElseThrow();
      assertEquals(SessionStatus.ABORTED, detail.session().status());
      // It ends at the last thing recorded: the hold that started at 21 s and lasted 10.5 s.
      assertEquals(MORNING.plusMillis(31_500), detail.session().endedAt().orElseThrow());
      assertEquals(StepStatus.PARTLY_DONE, detail.steps().get(1).step().status());
      assertEquals(31.5, detail.steps().get(1).step().endSeconds().orElseThrow(), EPS);
      assertEquals(2, detail.session().reps());
      assertEquals(1, detail.session().holds());
    }
  }

  @Test
  void aSessionOfALiveProcessIsLeftAloneByAnotherReader() {
    try (HistoryStore app = HistoryStore.open(db())) {
      SessionId session = recordSession(app, MORNING);
      try (HistoryStore cli = HistoryStore.open(db())) {
        assertEquals(List.of(), abortedSessions(cli));
        assertEquals(SessionStatus.IN_PROGRESS, cli.sessions().get(0).status());
        assertEquals(2, cli.sessions().get(0).reps(), "the reader sees every committed rep");
      }
      app.endSession(session, SessionStatus.COMPLETED, MORNING.plusSeconds(60));
    }
  }

  @Test
  void writesToAStepOrSessionThatHasEndedAreRefused() {
    try (HistoryStore history = HistoryStore.open(db())) {
      SessionId session = history.startSession(start(MORNING, "A"));
      StepId step =
          history.startStep(session, new StepStart(1, ExerciseId.CAT_CAMEL, 5, 0, Sides.NONE, 0));
      history.endStep(step, StepStatus.SKIPPED, 3);
      assertThrows(
          IllegalStateException.class, () -> history.recordRep(step, rep(1, null, 1, 3, 1)));
      assertThrows(
          IllegalStateException.class, () -> history.endStep(step, StepStatus.COMPLETED, 4));
      history.endSession(session, SessionStatus.ABORTED, MORNING.plusSeconds(5));
      assertThrows(
          IllegalStateException.class,
          () ->
              history.startStep(
                  session, new StepStart(2, ExerciseId.CAT_CAMEL, 5, 0, Sides.NONE, 6)));
      assertThrows(
          IllegalStateException.class,
          () -> history.endSession(session, SessionStatus.COMPLETED, MORNING.plusSeconds(6)));
    }
  }

  @Test
  void aDuplicateRepIndexIsABug() {
    try (HistoryStore history = HistoryStore.open(db())) {
      SessionId session = history.startSession(start(MORNING, "A"));
      StepId step =
          history.startStep(session, new StepStart(1, ExerciseId.CAT_CAMEL, 5, 0, Sides.NONE, 0));
      history.recordRep(step, rep(1, null, 1, 3, 1));
      assertThrows(
          IllegalStateException.class, () -> history.recordRep(step, rep(1, null, 5, 3, 1)));
    }
  }

  @Test
  void theDatabaseIsInWalModeWithForeignKeysAtTheLatestSchema() throws Exception {
    HistoryStore.open(db()).close();
    try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + db());
        Statement sql = raw.createStatement()) {
      assertEquals("wal", single(sql, "PRAGMA journal_mode"));
      assertEquals(String.valueOf(Migrations.LATEST), single(sql, "PRAGMA user_version"));
    }
    try (HistoryStore history = HistoryStore.open(db())) {
      assertEquals("ok", SqliteChecks.integrityCheck(db()));
      // A rep of a step that does not exist is refused (foreign keys and the in-progress check).
      assertThrows(
          IllegalStateException.class,
          () -> history.recordRep(new StepId(42), rep(1, null, 1, 2, 1)));
    }
  }

  @Test
  void stepsWrittenBeforeTheirStatesHadWordsAreReadWithTheNewWords() throws Exception {
    Files.createDirectories(db().getParent());
    try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + db());
        Statement sql = raw.createStatement()) {
      for (String statement :
          (Migrations.SCRIPTS.get(0) + ";" + Migrations.SCRIPTS.get(1)).split(";")) {
        sql.execute(statement);
      }
      sql.execute("PRAGMA user_version = 2");
      sql.execute(
          "INSERT INTO sessions VALUES (1, 0, 60000, 'Morning low back', 3, 'm', 'camera 0',"
              + " 'aborted', NULL, NULL)");
      sql.execute(
          "INSERT INTO steps (id, session_id, position, exercise, target_reps, target_hold_s,"
              + " sides, started_s, ended_s, status) VALUES"
              + " (1, 1, 1, 'cat_camel', 5, 0, 'none', 0, 10, 'skipped'),"
              + " (2, 1, 2, 'cat_camel', 5, 0, 'none', 10, 30, 'aborted'),"
              + " (3, 1, 3, 'prayer_stretch', 5, 0, 'none', 30, 60, 'aborted')");
      sql.execute(
          "INSERT INTO reps (step_id, idx, start_s, end_s, duration_s, held_s, range_fraction)"
              + " VALUES (2, 1, 12, 15, 3, 0, 0.9)");
    }
    try (HistoryStore history = HistoryStore.open(db())) {
      SessionDetail detail = history.session(new SessionId(1)).orElseThrow();
      assertEquals(
          List.of(StepStatus.SKIPPED, StepStatus.PARTLY_DONE, StepStatus.ENDED_EARLY),
          detail.steps().stream().map(s -> s.step().status()).toList());
      assertEquals(1, detail.steps().get(1).reps().size(), "the copy kept the reps");
      assertEquals("ok", SqliteChecks.integrityCheck(db()));
    }
  }

  @Test
  void aDatabaseFromANewerPoseCoachIsRefusedWithWhatToDo() throws Exception {
    HistoryStore.open(db()).close();
    try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + db());
        Statement sql = raw.createStatement()) {
      sql.execute("PRAGMA user_version = " + (Migrations.LATEST + 1));
    }
    StoreException e = assertThrows(StoreException.class, () -> HistoryStore.open(db()));
    assertTrue(e.getMessage().contains("newer Pose Coach"), e.getMessage());
  }

  @Test
  void anotherProgramsDatabaseIsNotTakenOver() throws Exception {
    Files.createDirectories(db().getParent());
    try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + db());
        Statement sql = raw.createStatement()) {
      sql.execute("CREATE TABLE contacts (name TEXT)");
    }
    StoreException e = assertThrows(StoreException.class, () -> HistoryStore.open(db()));
    assertTrue(e.getMessage().contains("not a Pose Coach history"), e.getMessage());
  }

  @Test
  void aDamagedFileSaysToMoveItAside() throws Exception {
    Files.createDirectories(db().getParent());
    Files.write(db(), "this is not a database at all, just some text".repeat(100).getBytes());
    StoreException e = assertThrows(StoreException.class, () -> HistoryStore.open(db()));
    assertTrue(
        e.getMessage().contains("damaged") && e.getMessage().contains("move it aside"),
        e.getMessage());
  }

  @Test
  void aDatabaseLockedByAnotherWriterSaysSoAfterTheBusyTimeout() throws Exception {
    HistoryStore.open(db()).close();
    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db());
        Statement sql = other.createStatement()) {
      sql.execute("BEGIN EXCLUSIVE");
      try (HistoryStore history = HistoryStore.open(db())) {
        StoreException e =
            assertThrows(StoreException.class, () -> history.startSession(start(MORNING, "A")));
        assertTrue(e.getMessage().contains("locked"), e.getMessage());
      }
      sql.execute("ROLLBACK");
    }
  }

  @Test
  void aFolderThatCannotBeCreatedIsAUserError() throws Exception {
    Path file = dir.resolve("plain-file");
    Files.writeString(file, "x");
    StoreException e =
        assertThrows(StoreException.class, () -> HistoryStore.open(file.resolve("history.db")));
    assertTrue(e.getMessage().contains(HistoryLocation.DATA_ENV), e.getMessage());
  }

  private static String single(Statement sql, String query) throws Exception {
    try (ResultSet row = sql.executeQuery(query)) {
      row.next();
      return row.getString(1);
    }
  }

  /** The sessions the store holds as aborted: after a reopen, the ones it recovered. */
  private static List<SessionId> abortedSessions(HistoryStore history) {
    return history.sessions().stream()
        .filter(s -> s.status() == SessionStatus.ABORTED)
        .map(SessionSummary::id)
        .toList();
  }
}
