package org.posecoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.Side;
import org.posecoach.routine.Sides;
import org.posecoach.store.FormEventRecord;
import org.posecoach.store.HistoryStore;
import org.posecoach.store.HoldRecord;
import org.posecoach.store.RepRecord;
import org.posecoach.store.SessionId;
import org.posecoach.store.SessionStart;
import org.posecoach.store.SessionStatus;
import org.posecoach.store.StepId;
import org.posecoach.store.StepStart;
import org.posecoach.store.StepStatus;

/** {@code history} as a user meets it: tables, exports, trends and one-line errors. */
class HistoryCommandTest {
  private static final Instant MONDAY = Instant.parse("2025-03-03T07:00:00Z");

  /** One history for all tests (they only read it), written once: fsyncs are slow. */
  @TempDir static Path dir;

  private static Path db;

  /** {@code pose-coach history ARGS…}, through {@link Main} as a user runs it. */
  private static CliRun run(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "history";
    System.arraycopy(args, 0, all, 1, args.length);
    return CliRun.of(all);
  }

  /** The command line with {@code --db} pointing at the test's database. */
  private static CliRun history(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--db";
    all[1] = db.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return run(all);
  }

  @BeforeAll
  static void twoSessions() {
    db = dir.resolve("history.db");
    try (HistoryStore history = HistoryStore.open(db)) {
      SessionId monday =
          history.startSession(
              new SessionStart(MONDAY, "Morning low back", 6, "blazepose-full", "camera 0"));
      StepId rotations =
          history.startStep(
              monday, new StepStart(1, ExerciseId.LUMBAR_ROTATION, 1, 0, Sides.BOTH, 3));
      history.recordRep(rotations, rep(1, Side.LEFT, 4, 2.0, 0.8));
      history.recordRep(rotations, rep(2, Side.RIGHT, 7, 3.0, 0.6));
      history.recordFormEvent(
          rotations,
          new FormEventRecord(6.5, "too_fast", "warning", "Slow down", Optional.of(Side.LEFT)));
      history.endStep(rotations, StepStatus.COMPLETED, 10);
      StepId glute =
          history.startStep(
              monday, new StepStart(2, ExerciseId.GLUTE_STRETCH, 1, 10, Sides.BOTH, 15));
      history.recordHold(glute, new HoldRecord(1, Optional.of(Side.LEFT), 16, 10, 10));
      history.endSession(monday, SessionStatus.ABORTED, MONDAY.plusSeconds(754));

      SessionId tuesday =
          history.startSession(
              new SessionStart(
                  MONDAY.plusSeconds(86_400),
                  "Cat-camel and rotations",
                  2,
                  "movenet-lightning",
                  "camera 0"));
      StepId rotations2 =
          history.startStep(
              tuesday, new StepStart(1, ExerciseId.LUMBAR_ROTATION, 1, 0, Sides.BOTH, 0));
      history.recordRep(rotations2, rep(1, Side.LEFT, 1, 4.0, 1.0));
      history.endStep(rotations2, StepStatus.COMPLETED, 6);
      history.endSession(tuesday, SessionStatus.COMPLETED, MONDAY.plusSeconds(86_400 + 65));
    }
  }

  private static RepRecord rep(int index, Side side, double start, double duration, double range) {
    return new RepRecord(
        index,
        Optional.of(side),
        start,
        start + duration,
        duration,
        0,
        range,
        OptionalDouble.empty());
  }

  @Test
  void historyListsSessionsNewestFirstWithDurationStepsRepsAndStatus() {
    CliRun r = history();
    assertEquals(0, r.exit(), r.err());
    String[] lines = r.out().split("\n");
    assertEquals(3, lines.length, r.out());
    assertTrue(lines[0].startsWith("ID"), lines[0]);
    assertTrue(lines[1].startsWith("2 ") && lines[1].contains("Cat-camel and rotations"), lines[1]);
    assertTrue(
        lines[1].contains("1:05") && lines[1].contains("1/2") && lines[1].endsWith("completed"),
        lines[1]);
    assertTrue(
        lines[2].contains("12:34") && lines[2].contains("1/6") && lines[2].endsWith("ended early"),
        lines[2]);
    assertTrue(lines[2].matches(".* 2 +1  ended early"), "2 reps, 1 hold: " + lines[2]);
  }

  @Test
  void withoutAHistoryFileThereIsNothingToListAndNothingIsCreated() {
    Path none = dir.resolve("none").resolve("history.db");
    CliRun r = run("--db", none.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("No sessions recorded yet"), r.out());
    assertFalse(Files.exists(none));
  }

  @Test
  void showPrintsTheStepsAndTheFormEvents() {
    CliRun r = history("show", "1");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("Session 1: Morning low back (ended early)"), r.out());
    assertTrue(
        r.out()
            .contains(
                "1 of 6 steps completed, 1 partly done, 4 not reached, 2 reps, 1 holds,"
                    + " 1 form events"),
        r.out());
    assertTrue(
        r.out().matches("(?s).*\\n1 +lumbar_rotation +1/side +completed +2 +2\\.5 +70% +1\\n.*"),
        r.out());
    assertTrue(
        r.out().matches("(?s).*\\n2 +glute_stretch +1 x 10s/side +partly done +1 .*"), r.out());
    assertTrue(r.out().contains("6.5s  lumbar_rotation    warning  Slow down (left)"), r.out());
  }

  @Test
  void theDatabaseOptionMayAlsoFollowTheSubcommand() {
    CliRun r = run("show", "2", "--db", db.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("Session 2: Cat-camel and rotations"), r.out());
  }

  @Test
  void anUnknownOrMalformedIdIsOneLine() {
    assertOneLineError(history("show", "99"), "there is no session 99");
    assertOneLineError(history("show", "abc"), "'abc' is not a session id");
    assertOneLineError(history("export", "99"), "there is no session 99");
  }

  @Test
  void exportWritesCsvToTheTerminalByDefault() {
    CliRun r = history("export");
    assertEquals(0, r.exit(), r.err());
    String[] rows = r.out().split("\r\n");
    assertTrue(rows[0].startsWith("session_id,session_started,routine"), rows[0]);
    // 2 sessions + 3 steps + 3 reps + 1 hold + 1 form event, after the header.
    assertEquals(11, rows.length, r.out());
  }

  @Test
  void exportOfOneSessionToAJsonFileTakesTheFormatFromTheName() throws Exception {
    Path file = dir.resolve("monday.json");
    CliRun r = history("export", "1", "--out", file.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode sessions = new ObjectMapper().readTree(file.toFile()).get("sessions");
    assertEquals(1, sessions.size());
    assertEquals("Morning low back", sessions.get(0).get("routine").asText());
    assertEquals(2, sessions.get(0).get("steps").get(0).get("reps").size());
  }

  @Test
  void theFormatMayBeWrittenInCapitals() {
    CliRun r = history("export", "2", "--format", "JSON");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("{"), r.out());
  }

  @Test
  void aMistypedOptionIsOneLineWithExitCodeOne() {
    assertOneLineError(
        history("trends", "--exercize", "cat_camel"), "Unknown options: '--exercize'");
  }

  @Test
  void exportToAFileThatCannotBeWrittenIsOneLine() throws Exception {
    assertOneLineError(
        history("export", "--out", dir.resolve("missing").resolve("x.csv").toString()),
        "folder does not exist");
    Files.createDirectory(dir.resolve("folder.csv"));
    assertOneLineError(
        history("export", "--out", dir.resolve("folder.csv").toString()), "it is a folder");
    assertOneLineError(history("export", "--format", "xml"), "expected one of [CSV, JSON]");
  }

  @Test
  void trendsShowEachExerciseSessionAfterSession() {
    CliRun r = history("trends", "--exercise", "lumbar_rotation");
    assertEquals(0, r.exit(), r.err());
    String[] lines = r.out().split("\n");
    assertEquals("lumbar_rotation", lines[0]);
    assertTrue(lines[2].matches(" +\\S+ \\S+ +1 +2 +0 +2\\.5 +70% +- +0\\.50"), lines[2]);
    assertTrue(lines[3].matches(" +\\S+ \\S+ +2 +1 +0 +4\\.0 +100% +- +0\\.00"), lines[3]);

    CliRun all = history("trends");
    assertTrue(
        all.out().contains("lumbar_rotation") && all.out().contains("glute_stretch"), all.out());
    assertTrue(
        history("trends", "--exercise", "cat_camel")
            .out()
            .startsWith("No sessions with cat_camel"));
  }

  @Test
  void anUnknownExerciseListsTheKnownOnes() {
    assertOneLineError(history("trends", "--exercise", "yoga"), "thread_the_needle");
  }

  @Test
  void aDamagedDatabaseIsOneLineSayingWhatToDo() throws Exception {
    Path broken = dir.resolve("broken.db");
    Files.writeString(broken, "not a database ".repeat(400));
    assertOneLineError(run("--db", broken.toString()), "move it aside");
  }

  private static void assertOneLineError(CliRun r, String expected) {
    assertEquals(Main.EXIT_USER_ERROR, r.exit(), r.out() + r.err());
    r.assertOneLineError(expected);
  }
}
