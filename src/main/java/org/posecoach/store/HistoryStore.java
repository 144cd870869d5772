package org.posecoach.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.Side;
import org.sqlite.SQLiteConfig;

/**
 * The history of sessions: an embedded SQLite database that a session is written into as it goes.
 *
 * <p>In: a session's start, its steps, then each rep, hold and form event as it happens. Every
 * {@code record*} call is its own committed transaction (write-ahead log, {@code synchronous=FULL})
 * before it returns, so a killed process or a power cut loses at most the rep in progress. Out:
 * sessions, one session in full, and per-exercise trends. Times within a session are seconds after
 * its start (the session's clock), so a video analysed later reads like a live session.
 *
 * <pre>{@code
 * try (HistoryStore history = HistoryStore.openDefault()) {
 *   SessionId session = history.startSession(
 *       new SessionStart(Instant.now(), "Morning low back", 6, "blazepose-full", "camera 0"));
 *   StepId step = history.startStep(session, StepStart.of(1, routine.steps().get(0), 0.0));
 *   history.recordRep(step, new RepRecord(1, Optional.of(Side.LEFT), 2.0, 4.5, 2.5, 0, 0.9,
 *       OptionalDouble.empty()));
 *   history.endStep(step, StepStatus.COMPLETED, 61.0);
 *   history.endSession(session, SessionStatus.COMPLETED, Instant.now());
 * }
 * }</pre>
 *
 * <p>On open, the schema is brought up to date ({@link Migrations}) and sessions left {@code
 * in_progress} by a process that no longer runs are marked aborted, their data kept.
 *
 * <p>Threads: meant for one writer thread, the session engine's. Every method is synchronized on
 * the store, so a UI thread may query at the same time (it waits for the write in hand). Other
 * processes may read the same file while it is written (write-ahead log); a second writing process
 * waits up to the busy timeout, then gets a {@link StoreException}.
 */
public final class HistoryStore implements AutoCloseable {
  /**
   * How long a write waits for another process's write to finish: writes here take milliseconds, so
   * 3 s only runs out when the other process holds the database for good.
   */
  static final Duration BUSY_TIMEOUT = Duration.ofSeconds(3);

  private static final double MILLIS_PER_SECOND = 1000.0;

  private final Path path;
  private final Connection db;

  private HistoryStore(Path path, Connection db) {
    this.path = path;
    this.db = db;
  }

  /** The history at {@link HistoryLocation#defaultDatabase()}. */
  public static HistoryStore openDefault() {
    return open(HistoryLocation.defaultDatabase());
  }

  /**
   * Opens (creating it and its folders if needed) the history in {@code file}.
   *
   * @throws StoreException when the file cannot be created, is damaged, locked, or newer
   */
  public static HistoryStore open(Path file) {
    Path absolute = file.toAbsolutePath();
    try {
      Path folder = absolute.getParent();
      if (folder != null) {
        Files.createDirectories(folder);
      }
    } catch (IOException e) {
      throw new StoreException(
          "cannot create the folder for the history database "
              + absolute
              + " ("
              + e.getMessage()
              + "); choose another folder with "
              + HistoryLocation.DATA_ENV,
          e);
    }
    // Read-only first: a file we did not create, or a damaged one, is refused before any write.
    HistoryFileCheck.inspect(absolute);
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout((int) BUSY_TIMEOUT.toMillis());
    Connection db = null;
    try {
      db = config.createConnection("jdbc:sqlite:" + absolute);
      Migrations.apply(db, absolute.toString());
      stamp(db);
      Recovery.abortOrphans(db, OwnerProcess::isAlive);
      return new HistoryStore(absolute, db);
    } catch (SQLException e) {
      closeQuietly(db);
      throw SqliteErrors.translate(e, absolute, "opening it");
    } catch (RuntimeException e) {
      closeQuietly(db);
      throw e;
    }
  }

  /** The database file. */
  public Path path() {
    return path;
  }

  /** Records the start of a session, owned by this process until it ends. */
  public synchronized SessionId startSession(SessionStart start) {
    return startSession(start, OwnerProcess.current());
  }

  synchronized SessionId startSession(SessionStart start, OwnerProcess owner) {
    Objects.requireNonNull(start, "start");
    String sql =
        "INSERT INTO sessions (started_ms, routine, planned_steps, model, source, status,"
            + " owner_pid, owner_started_ms) VALUES (?, ?, ?, ?, ?, 'in_progress', ?, ?)"
            + " RETURNING id";
    Optional<Long> id =
        execute(
            "starting a session",
            sql,
            HistoryStore::returnedId,
            start.startedAt().toEpochMilli(),
            start.routineName(),
            start.plannedSteps(),
            start.model(),
            start.source(),
            owner.pid(),
            owner.startedAtMillis().orElse(null));
    return new SessionId(id.orElseThrow());
  }

  /**
   * Records the start of a step of a session in progress.
   *
   * @throws IllegalStateException when the session is not in progress
   */
  public synchronized StepId startStep(SessionId session, StepStart step) {
    Objects.requireNonNull(step, "step");
    String sql =
        "INSERT INTO steps (session_id, position, exercise, target_reps, target_hold_s, sides,"
            + " started_s, status) SELECT ?, ?, ?, ?, ?, ?, ?, 'in_progress' WHERE EXISTS"
            + " (SELECT 1 FROM sessions WHERE id = ? AND status = 'in_progress') RETURNING id";
    Optional<Long> id =
        execute(
            "starting a step",
            sql,
            HistoryStore::returnedId,
            session.value(),
            step.position(),
            step.exercise().id(),
            step.targetReps(),
            step.targetHoldSeconds(),
            step.sides().id(),
            step.startSeconds(),
            session.value());
    return new StepId(
        id.orElseThrow(
            () -> new IllegalStateException("session " + session + " is not in progress")));
  }

  /**
   * Records a counted rep; it is committed to disk when this returns.
   *
   * @throws IllegalStateException when the step is not in progress or already has this index
   */
  public synchronized void recordRep(StepId step, RepRecord rep) {
    Objects.requireNonNull(rep, "rep");
    insertIntoStep(
        step,
        "reps (step_id, idx, side, start_s, end_s, duration_s, held_s, range_fraction, peak_value)",
        "saving a rep",
        rep.index(),
        side(rep.side()),
        rep.startSeconds(),
        rep.endSeconds(),
        rep.durationSeconds(),
        rep.heldSeconds(),
        rep.rangeFraction(),
        rep.peakValue().isPresent() ? rep.peakValue().getAsDouble() : null);
  }

  /** Records a completed timed hold; committed when this returns. */
  public synchronized void recordHold(StepId step, HoldRecord hold) {
    Objects.requireNonNull(hold, "hold");
    insertIntoStep(
        step,
        "holds (step_id, idx, side, start_s, held_s, target_s)",
        "saving a hold",
        hold.index(),
        side(hold.side()),
        hold.startSeconds(),
        hold.heldSeconds(),
        hold.targetSeconds());
  }

  /** Records a form event; committed when this returns. */
  public synchronized void recordFormEvent(StepId step, FormEventRecord event) {
    Objects.requireNonNull(event, "event");
    insertIntoStep(
        step,
        "form_events (step_id, time_s, type, severity, message, side)",
        "saving a form event",
        event.timeSeconds(),
        event.type(),
        event.severity(),
        event.message(),
        side(event.side()));
  }

  /**
   * Ends a step.
   *
   * @param status anything but {@link StepStatus#IN_PROGRESS}
   * @param endSeconds seconds after the session start
   * @throws IllegalStateException when the step is not in progress
   */
  public synchronized void endStep(StepId step, StepStatus status, double endSeconds) {
    endStep(step, status, endSeconds, Optional.empty(), Optional.empty());
  }

  /**
   * Ends a step, with what the coach saw in it.
   *
   * @param reason one sentence: what was counted, or why nothing was
   * @param check a note when an independent count disagreed
   */
  public synchronized void endStep(
      StepId step,
      StepStatus status,
      double endSeconds,
      Optional<String> reason,
      Optional<String> check) {
    if (status == StepStatus.IN_PROGRESS || status == StepStatus.NOT_REACHED) {
      throw new IllegalArgumentException("a step ends as anything but in progress or not reached");
    }
    Checks.nonNegative(endSeconds, "endSeconds");
    String sql =
        "UPDATE steps SET status = ?, ended_s = ?, reason = ?, check_note = ?"
            + " WHERE id = ? AND status = 'in_progress'";
    int updated =
        execute(
            "ending a step",
            sql,
            PreparedStatement::executeUpdate,
            status.id(),
            endSeconds,
            reason.orElse(null),
            check.orElse(null),
            step.value());
    if (updated != 1) {
      throw new IllegalStateException("step " + step + " is not in progress");
    }
  }

  /**
   * Ends a session; steps still in progress are marked partly done (or ended early, when they
   * counted nothing) at the same time.
   *
   * @param status {@link SessionStatus#COMPLETED} or {@link SessionStatus#ABORTED}
   * @throws IllegalStateException when the session is not in progress
   */
  public synchronized void endSession(SessionId session, SessionStatus status, Instant endedAt) {
    if (status == SessionStatus.IN_PROGRESS) {
      throw new IllegalArgumentException("a session ends as completed or aborted");
    }
    Objects.requireNonNull(endedAt, "endedAt");
    long endedMs = endedAt.toEpochMilli();
    try {
      Transaction.run(
          db,
          () -> {
            try (PreparedStatement steps =
                    db.prepareStatement(
                        "UPDATE steps SET status = "
                            + HistoryQueries.CUT_SHORT_STATUS
                            + ", ended_s = MAX(started_s, (? -"
                            + " (SELECT started_ms FROM sessions WHERE id = ?)) / ?) WHERE"
                            + " session_id = ? AND status = 'in_progress'");
                PreparedStatement update =
                    db.prepareStatement(
                        "UPDATE sessions SET status = ?, ended_ms = ?, owner_pid = NULL,"
                            + " owner_started_ms = NULL WHERE id = ? AND status ="
                            + " 'in_progress'")) {
              bind(steps, endedMs, session.value(), MILLIS_PER_SECOND, session.value());
              steps.executeUpdate();
              bind(update, status.id(), endedMs, session.value());
              if (update.executeUpdate() != 1) {
                throw new IllegalStateException("session " + session + " is not in progress");
              }
            }
          });
    } catch (SQLException e) {
      throw SqliteErrors.translate(e, path, "ending a session");
    }
  }

  /**
   * Sessions cut short by a crash, a kill or a power cut (closed when a store was opened after
   * their process had gone) that the user has not been told of yet, newest first.
   */
  public synchronized List<SessionSummary> unseenInterruptions() {
    return query(
        "reading the interrupted sessions",
        () -> HistoryQueries.sessions(db, "s.interruption_unseen = 1"));
  }

  /** The user has been told of every interrupted session: none is announced again. */
  public synchronized void markInterruptionsSeen() {
    execute(
        "marking interrupted sessions as told",
        "UPDATE sessions SET interruption_unseen = 0 WHERE interruption_unseen = 1",
        PreparedStatement::executeUpdate);
  }

  /** Every session, newest first. */
  public synchronized List<SessionSummary> sessions() {
    return query("reading the sessions", () -> HistoryQueries.sessions(db, Optional.empty()));
  }

  /** One session with its steps, reps, holds and form events; empty when there is no such id. */
  public synchronized Optional<SessionDetail> session(SessionId id) {
    return query("reading a session", () -> HistoryQueries.detail(db, id));
  }

  /** Every session in full, oldest first (for export). */
  public synchronized List<SessionDetail> sessionDetails() {
    return query("reading the sessions", () -> HistoryQueries.allDetails(db));
  }

  /** Per exercise (in the order of first appearance), how it went session after session. */
  public synchronized List<ExerciseTrend> trends() {
    return query("reading the trends", () -> HistoryQueries.trends(db, Optional.empty()));
  }

  /** The trend of one exercise; no points when it was never done. */
  public synchronized ExerciseTrend trend(ExerciseId exercise) {
    List<ExerciseTrend> found =
        query("reading the trends", () -> HistoryQueries.trends(db, Optional.of(exercise)));
    return found.isEmpty() ? new ExerciseTrend(exercise, List.of()) : found.get(0);
  }

  @Override
  public synchronized void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw SqliteErrors.translate(e, path, "closing it");
    }
  }

  /** A query that may throw {@link SQLException}. */
  @FunctionalInterface
  interface Query<T> {
    T run() throws SQLException;
  }

  private <T> T query(String action, Query<T> query) {
    try {
      return query.run();
    } catch (SQLException e) {
      throw SqliteErrors.translate(e, path, action);
    }
  }

  /** {@code INSERT INTO table (step_id, …) SELECT step, values… WHERE the step is in progress}. */
  private void insertIntoStep(
      StepId step, String tableAndColumns, String action, Object... values) {
    StringBuilder sql =
        new StringBuilder("INSERT INTO ").append(tableAndColumns).append(" SELECT ?");
    sql.append(", ?".repeat(values.length));
    sql.append(" WHERE EXISTS (SELECT 1 FROM steps WHERE id = ? AND status = 'in_progress')");
    Object[] parameters = new Object[values.length + 2];
    parameters[0] = step.value();
    System.arraycopy(values, 0, parameters, 1, values.length);
    parameters[values.length + 1] = step.value();
    if (execute(action, sql.toString(), PreparedStatement::executeUpdate, parameters) != 1) {
      throw new IllegalStateException("step " + step + " is not in progress");
    }
  }

  private static String side(Optional<Side> side) {
    return side.map(Side::id).orElse(null);
  }

  /** What to do with a prepared statement whose parameters are bound. */
  @FunctionalInterface
  private interface Execution<T> {
    T run(PreparedStatement statement) throws SQLException;
  }

  /**
   * Prepares {@code sql}, binds {@code values} to its parameters and runs it with {@code
   * execution}; an SQL failure becomes a {@link StoreException} saying it happened while {@code
   * action}.
   */
  private <T> T execute(String action, String sql, Execution<T> execution, Object... values) {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      bind(statement, values);
      return execution.run(statement);
    } catch (SQLException e) {
      throw SqliteErrors.translate(e, path, action);
    }
  }

  /** Sets the statement's parameters, in order, to {@code values}; a {@code null} is SQL NULL. */
  private static void bind(PreparedStatement statement, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        statement.setNull(i + 1, Types.NULL);
      } else {
        statement.setObject(i + 1, values[i]);
      }
    }
  }

  /** The id an {@code INSERT … RETURNING id} gave; empty when its {@code WHERE} let nothing in. */
  private static Optional<Long> returnedId(PreparedStatement insert) throws SQLException {
    try (ResultSet row = insert.executeQuery()) {
      return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
    }
  }

  /** Marks the file as a Pose Coach history, if it is not yet (histories from before the mark). */
  private static void stamp(Connection db) throws SQLException {
    if (Pragmas.read(db, "application_id") == HistoryFileCheck.APPLICATION_ID) {
      return;
    }
    try (var sql = db.createStatement()) {
      sql.execute("PRAGMA application_id = " + HistoryFileCheck.APPLICATION_ID);
    }
  }

  private static void closeQuietly(Connection db) {
    if (db != null) {
      try {
        db.close();
      } catch (SQLException ignored) {
        // Already failing: the first error is the one to report.
      }
    }
  }

  /** Seconds on the session clock to epoch milliseconds, given the session's start. */
  static long toMillis(long startedMs, double seconds) {
    return startedMs + Math.round(seconds * MILLIS_PER_SECOND);
  }

  static OptionalDouble optionalDouble(ResultSet row, int column) throws SQLException {
    double value = row.getDouble(column);
    return row.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
  }
}
