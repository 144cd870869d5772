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
 * released one. Migrations run with foreign keys off, as SQLite's way of changing a table (copy it
 * into a new one, drop the old) needs, and each checks them before it commits.
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
          """,
          // 3: a word for each way a step ends. SQLite cannot change a CHECK in place, so the
          // steps table is copied into one with the new words. An old 'aborted' step becomes
          // 'partly_done' when it counted something, else 'ended_early'. An old 'skipped' stays:
          // it meant a skip, a repeat or the end of the session, and which one was not kept.
          """
          CREATE TABLE steps_new (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 1),
            exercise TEXT NOT NULL,
            target_reps INTEGER NOT NULL CHECK (target_reps >= 1),
            target_hold_s REAL NOT NULL CHECK (target_hold_s >= 0),
            sides TEXT NOT NULL CHECK (sides IN ('none', 'left', 'right', 'both')),
            started_s REAL NOT NULL,
            ended_s REAL,
            status TEXT NOT NULL CHECK (status IN ('in_progress', 'completed', 'partly_done',
                'skipped', 'restarted', 'ended_early')),
            reason TEXT,
            check_note TEXT
          );
          INSERT INTO steps_new
            SELECT id, session_id, position, exercise, target_reps, target_hold_s, sides,
                started_s, ended_s,
                CASE WHEN status <> 'aborted' THEN status
                    WHEN EXISTS (SELECT 1 FROM reps WHERE step_id = steps.id)
                        OR EXISTS (SELECT 1 FROM holds WHERE step_id = steps.id)
                    THEN 'partly_done' ELSE 'ended_early' END,
                reason, check_note
            FROM steps;
          DROP TABLE steps;
          ALTER TABLE steps_new RENAME TO steps;
          CREATE INDEX steps_by_session ON steps (session_id);
          CREATE INDEX steps_by_exercise ON steps (exercise)
          """,
          // 4: a session closed on open because its process was gone, until the user was told.
          """
          ALTER TABLE sessions ADD COLUMN interruption_unseen INTEGER NOT NULL DEFAULT 0
              CHECK (interruption_unseen IN (0, 1))
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
    int version = Pragmas.read(db, "user_version");
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
    if (version == LATEST) {
      return;
    }
    // Off, dropping a table would delete the rows that refer to it (ON DELETE CASCADE).
    foreignKeys(db, false);
    try {
      for (int next = version + 1; next <= LATEST; next++) {
        int to = next;
        Transaction.run(db, () -> migrate(db, to));
      }
    } finally {
      foreignKeys(db, true);
    }
  }

  /** Outside a transaction only: SQLite ignores the pragma inside one. */
  private static void foreignKeys(Connection db, boolean on) throws SQLException {
    try (Statement sql = db.createStatement()) {
      sql.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
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
      try (ResultSet broken = sql.executeQuery("PRAGMA foreign_key_check")) {
        if (broken.next()) {
          throw new SQLException(
              "migration " + to + " left a row of " + broken.getString(1) + " without its parent");
        }
      }
      sql.execute("PRAGMA user_version = " + to);
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
