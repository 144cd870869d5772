package org.posecoach.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The history's schema, as ordered migrations. Migration {@code n} (from 1) takes a database from
 * {@code PRAGMA user_version} {@code n - 1} to {@code n}, in one transaction, so a database is
 * always at one whole version. Add a migration at the end of {@link #SCRIPTS}; never edit a
 * released one.
 */
final class Migrations {
  /** Each entry is one migration: statements separated by {@code ;}. */
  static final List<String> SCRIPTS =
      List.of(
          """
          CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            started_ms INTEGER NOT NULL,
            ended_ms INTEGER,
            routine TEXT NOT NULL,
            planned_steps INTEGER NOT NULL CHECK (planned_steps >= 1),
            model TEXT NOT NULL,
            source TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('in_progress', 'completed', 'aborted')),
            owner_pid INTEGER,
            owner_started_ms INTEGER
          );
          CREATE INDEX sessions_by_start ON sessions (started_ms);
          CREATE TABLE steps (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 1),
            exercise TEXT NOT NULL,
            target_reps INTEGER NOT NULL CHECK (target_reps >= 1),
            target_hold_s REAL NOT NULL CHECK (target_hold_s >= 0),
            sides TEXT NOT NULL CHECK (sides IN ('none', 'left', 'right', 'both')),
            started_s REAL NOT NULL,
            ended_s REAL,
            status TEXT NOT NULL
              CHECK (status IN ('in_progress', 'completed', 'skipped', 'aborted'))
          );
          CREATE INDEX steps_by_session ON steps (session_id);
          CREATE INDEX steps_by_exercise ON steps (exercise);
          CREATE TABLE reps (
            id INTEGER PRIMARY KEY,
            step_id INTEGER NOT NULL REFERENCES steps (id) ON DELETE CASCADE,
            idx INTEGER NOT NULL CHECK (idx >= 1),
            side TEXT CHECK (side IN ('left', 'right')),
            start_s REAL NOT NULL,
            end_s REAL NOT NULL,
            duration_s REAL NOT NULL,
            held_s REAL NOT NULL,
            range_fraction REAL NOT NULL,
            peak_value REAL,
            UNIQUE (step_id, idx)
          );
          CREATE TABLE holds (
            id INTEGER PRIMARY KEY,
            step_id INTEGER NOT NULL REFERENCES steps (id) ON DELETE CASCADE,
            idx INTEGER NOT NULL CHECK (idx >= 1),
            side TEXT CHECK (side IN ('left', 'right')),
            start_s REAL NOT NULL,
            held_s REAL NOT NULL,
            target_s REAL NOT NULL,
            UNIQUE (step_id, idx)
          );
          CREATE TABLE form_events (
            id INTEGER PRIMARY KEY,
            step_id INTEGER NOT NULL REFERENCES steps (id) ON DELETE CASCADE,
            time_s REAL NOT NULL,
            type TEXT NOT NULL,
            severity TEXT NOT NULL,
            message TEXT NOT NULL,
            side TEXT CHECK (side IN ('left', 'right'))
          );
          CREATE INDEX form_events_by_step ON form_events (step_id)
          """,
          // 2: what the coach saw in each step, and a second opinion on its count.
          """
          ALTER TABLE steps ADD COLUMN reason TEXT;
          ALTER TABLE steps ADD COLUMN check_note TEXT
          """);

  /** The schema version this code reads and writes. */
  static final int LATEST = SCRIPTS.size();

  private Migrations() {}

  /**
   * Brings the database to {@link #LATEST}.
   *
   * @throws StoreException when the database is newer than this code, or is some other program's
   */
  static void apply(Connection db, String where) throws SQLException {
    int version = userVersion(db);
    if (version > LATEST) {
      throw new StoreException(
          "the history database "
              + where
              + " was written by a newer Pose Coach (schema "
              + version
              + "; this one knows up to "
              + LATEST
              + "); update Pose Coach to read it");
    }
    if (version == 0 && hasTables(db)) {
      throw new StoreException(
          where
              + " is a database of some other program, not a Pose Coach history; point Pose Coach"
              + " at another file (set "
              + HistoryLocation.DATA_ENV
              + ")");
    }
    for (int next = version + 1; next <= LATEST; next++) {
      int to = next;
      Transaction.run(db, () -> migrate(db, to));
    }
  }

  /** Runs migration {@code to} (from 1) and records the version it reaches. */
  private static void migrate(Connection db, int to) throws SQLException {
    try (Statement sql = db.createStatement()) {
      for (String statement : SCRIPTS.get(to - 1).split(";")) {
        if (!statement.isBlank()) {
          sql.execute(statement);
        }
      }
      sql.execute("PRAGMA user_version = " + to);
    }
  }

  static int userVersion(Connection db) throws SQLException {
    try (Statement sql = db.createStatement();
        ResultSet row = sql.executeQuery("PRAGMA user_version")) {
      return row.next() ? row.getInt(1) : 0;
    }
  }

  private static boolean hasTables(Connection db) throws SQLException {
    try (Statement sql = db.createStatement();
        ResultSet row =
            sql.executeQuery("SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table'")) {
      return row.next() && row.getInt(1) > 0;
    }
  }
}
