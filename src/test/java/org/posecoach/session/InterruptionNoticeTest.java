package org.posecoach.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.routine.Sides;
import org.posecoach.store.HistoryStore;
import org.posecoach.store.RepRecord;
import org.posecoach.store.SessionId;
import org.posecoach.store.SessionStart;
import org.posecoach.store.StepId;
import org.posecoach.store.StepStart;

/** A session whose process died is announced once, with its reps and where to see it. */
public class InterruptionNoticeTest {
  private static final Instant MORNING = Instant.parse("2026-11-24T07:30:00Z");

  @TempDir Path dir;

  /** A session of {@code reps} reps left in progress by a process that is gone. */
  public static SessionId leaveInterrupted(Path db, int reps) throws Exception {
    SessionId session;
    try (HistoryStore history = HistoryStore.open(db)) {
      session =
          history.startSession(
              new SessionStart(MORNING, "Morning low back", 6, "blazepose-full", "camera 0"));
      StepId step =
          history.startStep(session, new StepStart(1, ExerciseId.CAT_CAMEL, 20, 0, Sides.NONE, 1));
      for (int i = 1; i <= reps; i++) {
        history.recordRep(
            step,
            new RepRecord(
                i,
                Optional.empty(),
                3 * i,
                3 * i + 3,
                3,
                0,
                0.9,
                java.util.OptionalDouble.empty()));
      }
    }
    // Its owner is forgotten, as if the process had died: the next open closes it.
    try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement sql = raw.createStatement()) {
      sql.execute("UPDATE sessions SET owner_pid = NULL WHERE id = " + session.value());
    }
    return session;
  }

  @Test
  void anInterruptedSessionIsAnnouncedOnceWithItsRepsAndItsId() throws Exception {
    Path db = dir.resolve("history.db");
    SessionId session = leaveInterrupted(db, 8);
    try (HistoryStore history = HistoryStore.open(db)) {
      InterruptionNotice notice = InterruptionNotice.take(history).orElseThrow();
      assertEquals(session, notice.id());
      assertEquals(8, notice.reps());
      assertEquals(
          "Your session of Tuesday 24 November, 07:30 was interrupted after 8 reps; it is saved"
              + " — see it with `pose-coach history show "
              + session.value()
              + "`.",
          notice.commandLine(ZoneOffset.UTC));
      assertEquals(Optional.empty(), InterruptionNotice.take(history), "told once");
    }
    try (HistoryStore reopened = HistoryStore.open(db)) {
      assertEquals(Optional.empty(), InterruptionNotice.take(reopened), "not again next time");
    }
  }

  @Test
  void aSessionEndedNormallyIsNotAnnounced() throws Exception {
    Path db = dir.resolve("history.db");
    try (HistoryStore history = HistoryStore.open(db)) {
      SessionId s =
          history.startSession(
              new SessionStart(MORNING, "Morning low back", 6, "blazepose-full", "camera 0"));
      history.endSession(s, org.posecoach.store.SessionStatus.ABORTED, MORNING.plusSeconds(60));
      assertEquals(Optional.empty(), InterruptionNotice.take(history));
    }
  }

  @Test
  void severalInterruptionsAreToldAsTheNewestAndACount() throws Exception {
    Path db = dir.resolve("history.db");
    leaveInterrupted(db, 1);
    SessionId newest = leaveInterrupted(db, 3);
    try (HistoryStore history = HistoryStore.open(db)) {
      InterruptionNotice notice = InterruptionNotice.take(history).orElseThrow();
      assertEquals(newest, notice.id());
      assertTrue(
          notice.sentence(ZoneOffset.UTC).contains("after 3 reps (and 1 earlier one)"),
          notice.sentence(ZoneOffset.UTC));
    }
  }
}
