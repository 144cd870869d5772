package org.posecoach.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.routine.Routine;
import org.posecoach.routine.RoutineLoader;
import org.posecoach.store.HistoryStore;
import org.posecoach.store.SessionStart;
import org.posecoach.store.StoreException;

/** The history never writes to a file it did not create, nor to a damaged one. */
class HistoryFileSafetyTest {
  /** Bytes 68–71 of a SQLite header: {@code PRAGMA application_id}. */
  private static final int APPLICATION_ID_OFFSET = 68;

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"", "export", "trends", "show 1"})
  void anotherProgramsDatabaseIsLeftByteIdentical(String subcommand) throws Exception {
    Path other = otherProgramsDatabase();
    byte[] before = Files.readAllBytes(other);
    String[] args = (("history --db " + other + " " + subcommand).strip() + "").split(" ");
    CliRun r = CliRun.of(args);
    assertEquals(Main.EXIT_USER_ERROR, r.exit(), r.err());
    r.assertOneLineError("is not a Pose Coach history (it is another program's database)");
    assertArrayEquals(before, Files.readAllBytes(other));
    assertFalse(Files.exists(Path.of(other + "-wal")), "no write-ahead log created");
  }

  @Test
  void aFileThatIsNotSqliteIsRefusedUntouched() throws Exception {
    Path notes = Files.writeString(dir.resolve("notes.db"), "shopping list: ".repeat(20));
    CliRun r = CliRun.of("history", "--db", notes.toString());
    assertEquals(Main.EXIT_USER_ERROR, r.exit());
    r.assertOneLineError("does not start with a SQLite header");
    assertEquals("shopping list: ".repeat(20), Files.readString(notes));
  }

  @Test
  void theCoachPointedAtAForeignDatabaseStopsBeforeWritingAndClaimsNothingSaved() throws Exception {
    Path other = otherProgramsDatabase();
    byte[] before = Files.readAllBytes(other);
    Routine routine =
        RoutineLoader.load(AnalyzeCommand.singleExerciseRoutine(ExerciseId.CAT_CAMEL), "test");
    StringWriter out = new StringWriter();
    StoreException e =
        assertThrows(
            StoreException.class,
            () ->
                new TerminalCoach(new PrintWriter(out, true), Optional.empty(), false)
                    .run(routine, "demo.mp4", "movenet-lightning", false, () -> open(other)));
    assertTrue(e.getMessage().contains("not a Pose Coach history"), e.getMessage());
    assertFalse(out.toString().contains("saved"), out.toString());
    assertArrayEquals(before, Files.readAllBytes(other));
  }

  @Test
  void aHistoryDamagedMidFileIsRefusedWithWhatToDo() throws Exception {
    Path db = dir.resolve("history.db");
    try (HistoryStore history = HistoryStore.open(db)) {
      for (int i = 0; i < 200; i++) {
        history.startSession(
            new SessionStart(Instant.ofEpochSecond(i), "Routine " + i, 3, "model", "camera 0"));
      }
    }
    int pageSize = ByteBuffer.wrap(Files.readAllBytes(db), 16, 2).getShort() & 0xFFFF;
    long pages = Files.size(db) / pageSize;
    assertTrue(pages >= 4, pages + " pages");
    try (RandomAccessFile file = new RandomAccessFile(db.toFile(), "rw")) {
      // Garbage over the middle of the last pages: cells and their pointers.
      byte[] garbage = new byte[pageSize / 2];
      Arrays.fill(garbage, (byte) 0xA5);
      for (long page = pages - 2; page < pages; page++) {
        file.seek(page * pageSize + pageSize / 4);
        file.write(garbage);
      }
    }
    byte[] damaged = Files.readAllBytes(db);
    CliRun r = CliRun.of("history", "--db", db.toString());
    assertEquals(Main.EXIT_USER_ERROR, r.exit(), r.err());
    r.assertOneLineError("the history database " + db + " is damaged (quick_check: ");
    assertTrue(r.err().contains("move it aside"), r.err());
    assertTrue(r.err().contains("a new one will be created"), r.err());
    StoreException e = assertThrows(StoreException.class, () -> open(db));
    assertTrue(e.getMessage().contains("is damaged"), e.getMessage());
    assertArrayEquals(damaged, Files.readAllBytes(db));
  }

  @Test
  void ourHistoryFromBeforeTheStampIsRecognisedAndStamped() throws Exception {
    Path db = dir.resolve("history.db");
    try (HistoryStore history = HistoryStore.open(db)) {
      history.startSession(new SessionStart(Instant.EPOCH, "Morning", 2, "model", "camera 0"));
    }
    assertTrue(applicationId(db) != 0, "a new history is stamped");
    try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = sql.createStatement()) {
      s.execute("PRAGMA application_id = 0");
    }
    assertEquals(0, applicationId(db));
    CliRun r = CliRun.of("history", "--db", db.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("Morning"), r.out());
    assertTrue(applicationId(db) != 0, "stamped when opened");
  }

  private static HistoryStore open(Path db) {
    return HistoryStore.open(db);
  }

  /** A small SQLite database with a user_version of its own, in rollback-journal mode. */
  private Path otherProgramsDatabase() throws Exception {
    Path file = dir.resolve("other.db");
    try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = sql.createStatement()) {
      s.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)");
      s.execute("INSERT INTO notes (text) VALUES ('keep me')");
      s.execute("PRAGMA user_version = 1");
    }
    return file;
  }

  private static int applicationId(Path db) throws Exception {
    return ByteBuffer.wrap(Files.readAllBytes(db)).getInt(APPLICATION_ID_OFFSET);
  }
}
