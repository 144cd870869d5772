package org.posecoach.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.Side;
import org.posecoach.routine.Sides;

/** The reads behind {@link HistoryStore}'s queries; callers hold the store's lock. */
final class HistoryQueries {
  /**
   * The status of a step of {@code steps} that was under way when its session ended: {@code
   * partly_done} when it counted a rep or a hold, else {@code ended_early} ({@link
   * StepStatus#cutShort}).
   */
  static final String CUT_SHORT_STATUS =
      """
      CASE WHEN EXISTS (SELECT 1 FROM reps WHERE step_id = steps.id)
          OR EXISTS (SELECT 1 FROM holds WHERE step_id = steps.id)
      THEN 'partly_done' ELSE 'ended_early' END""";

  private static final String SESSIONS =
      """
      SELECT s.id, s.started_ms, s.ended_ms, s.routine, s.model, s.source, s.status,
          s.planned_steps,
          (SELECT COUNT(DISTINCT position) FROM steps
              WHERE session_id = s.id AND status = 'completed'),
          (SELECT COUNT(*) FROM reps JOIN steps ON reps.step_id = steps.id
              WHERE steps.session_id = s.id),
          (SELECT COUNT(*) FROM holds JOIN steps ON holds.step_id = steps.id
              WHERE steps.session_id = s.id),
          (SELECT COUNT(*) FROM form_events JOIN steps ON form_events.step_id = steps.id
              WHERE steps.session_id = s.id)
      FROM sessions s
      """;

  /** Per step: its exercise and session, with the sums the trend means are made of. */
  private static final String TREND_ROWS =
      """
      SELECT st.exercise, s.id, s.started_ms,
          COALESCE(r.n, 0), r.duration, r.range, COALESCE(h.n, 0), h.held, COALESCE(f.n, 0)
      FROM steps st JOIN sessions s ON s.id = st.session_id
      LEFT JOIN (SELECT step_id, COUNT(*) n, SUM(duration_s) duration, SUM(range_fraction) range
          FROM reps GROUP BY step_id) r ON r.step_id = st.id
      LEFT JOIN (SELECT step_id, COUNT(*) n, SUM(held_s) held FROM holds GROUP BY step_id) h
          ON h.step_id = st.id
      LEFT JOIN (SELECT step_id, COUNT(*) n FROM form_events GROUP BY step_id) f
          ON f.step_id = st.id
      WHERE ? IS NULL OR st.exercise = ?
      ORDER BY s.started_ms, s.id, st.id
      """;

  private HistoryQueries() {}

  static List<SessionSummary> sessions(Connection db, Optional<SessionId> only)
      throws SQLException {
    return only.isPresent() ? sessions(db, "s.id = " + only.get().value()) : sessions(db, "1 = 1");
  }

  /**
   * The sessions whose row meets {@code condition} (SQL over {@code s}, written here), newest
   * first.
   */
  static List<SessionSummary> sessions(Connection db, String condition) throws SQLException {
    String sql = SESSIONS + " WHERE " + condition + " ORDER BY s.started_ms DESC, s.id DESC";
    List<SessionSummary> out = new ArrayList<>();
    try (PreparedStatement query = db.prepareStatement(sql)) {
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          long ended = row.getLong(3);
          Optional<Instant> endedAt =
              row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(ended));
          out.add(
              new SessionSummary(
                  new SessionId(row.getLong(1)),
                  Instant.ofEpochMilli(row.getLong(2)),
                  endedAt,
                  row.getString(4),
                  row.getString(5),
                  row.getString(6),
                  SessionStatus.fromId(row.getString(7)),
                  row.getInt(8),
                  row.getInt(9),
                  row.getInt(10),
                  row.getInt(11),
                  row.getInt(12)));
        }
      }
    }
    return out;
  }

  static Optional<SessionDetail> detail(Connection db, SessionId id) throws SQLException {
    List<SessionSummary> found = sessions(db, Optional.of(id));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(detailOf(db, found.get(0)));
  }

  static List<SessionDetail> allDetails(Connection db) throws SQLException {
    List<SessionSummary> all = new ArrayList<>(sessions(db, Optional.empty()));
    Collections.reverse(all);
    List<SessionDetail> out = new ArrayList<>();
    for (SessionSummary session : all) {
      out.add(detailOf(db, session));
    }
    return out;
  }

  private static SessionDetail detailOf(Connection db, SessionSummary session) throws SQLException {
    long id = session.id().value();
    Map<Long, List<RepRecord>> reps = new HashMap<>();
    try (PreparedStatement query =
        db.prepareStatement(
            "SELECT r.step_id, r.idx, r.side, r.start_s, r.end_s, r.duration_s, r.held_s,"
                + " r.range_fraction, r.peak_value FROM reps r JOIN steps s ON r.step_id = s.id"
                + " WHERE s.session_id = ? ORDER BY r.step_id, r.idx")) {
      query.setLong(1, id);
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          reps.computeIfAbsent(row.getLong(1), k -> new ArrayList<>())
              .add(
                  new RepRecord(
                      row.getInt(2),
                      side(row.getString(3)),
                      row.getDouble(4),
                      row.getDouble(5),
                      row.getDouble(6),
                      row.getDouble(7),
                      row.getDouble(8),
                      HistoryStore.optionalDouble(row, 9)));
        }
      }
    }
    Map<Long, List<HoldRecord>> holds = new HashMap<>();
    try (PreparedStatement query =
        db.prepareStatement(
            "SELECT h.step_id, h.idx, h.side, h.start_s, h.held_s, h.target_s FROM holds h"
                + " JOIN steps s ON h.step_id = s.id WHERE s.session_id = ?"
                + " ORDER BY h.step_id, h.idx")) {
      query.setLong(1, id);
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          holds
              .computeIfAbsent(row.getLong(1), k -> new ArrayList<>())
              .add(
                  new HoldRecord(
                      row.getInt(2),
                      side(row.getString(3)),
                      row.getDouble(4),
                      row.getDouble(5),
                      row.getDouble(6)));
        }
      }
    }
    Map<Long, List<FormEventRecord>> events = new HashMap<>();
    try (PreparedStatement query =
        db.prepareStatement(
            "SELECT f.step_id, f.time_s, f.type, f.severity, f.message, f.side FROM form_events f"
                + " JOIN steps s ON f.step_id = s.id WHERE s.session_id = ?"
                + " ORDER BY f.step_id, f.time_s, f.id")) {
      query.setLong(1, id);
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          events
              .computeIfAbsent(row.getLong(1), k -> new ArrayList<>())
              .add(
                  new FormEventRecord(
                      row.getDouble(2),
                      row.getString(3),
                      row.getString(4),
                      row.getString(5),
                      side(row.getString(6))));
        }
      }
    }
    List<StepDetail> steps = new ArrayList<>();
    try (PreparedStatement query =
        db.prepareStatement(
            "SELECT id, position, exercise, target_reps, target_hold_s, sides, started_s,"
                + " ended_s, status, reason, check_note FROM steps WHERE session_id = ?"
                + " ORDER BY id")) {
      query.setLong(1, id);
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          long stepId = row.getLong(1);
          StepSummary step =
              new StepSummary(
                  new StepId(stepId),
                  row.getInt(2),
                  ExerciseId.fromId(row.getString(3)),
                  row.getInt(4),
                  row.getDouble(5),
                  Sides.valueOf(row.getString(6).toUpperCase(Locale.ROOT)),
                  row.getDouble(7),
                  HistoryStore.optionalDouble(row, 8),
                  StepStatus.fromId(row.getString(9)),
                  Optional.ofNullable(row.getString(10)),
                  Optional.ofNullable(row.getString(11)));
          steps.add(
              new StepDetail(
                  step,
                  reps.getOrDefault(stepId, List.of()),
                  holds.getOrDefault(stepId, List.of()),
                  events.getOrDefault(stepId, List.of())));
        }
      }
    }
    return new SessionDetail(session, steps);
  }

  static List<ExerciseTrend> trends(Connection db, Optional<ExerciseId> exercise)
      throws SQLException {
    Map<ExerciseId, Map<Long, Sums>> byExercise = new LinkedHashMap<>();
    try (PreparedStatement query = db.prepareStatement(TREND_ROWS)) {
      String id = exercise.map(ExerciseId::id).orElse(null);
      query.setString(1, id);
      query.setString(2, id);
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          long session = row.getLong(2);
          Sums sums =
              byExercise
                  .computeIfAbsent(ExerciseId.fromId(row.getString(1)), k -> new LinkedHashMap<>())
                  .computeIfAbsent(session, k -> new Sums(session));
          sums.startedMs = row.getLong(3);
          sums.reps += row.getInt(4);
          sums.duration += row.getDouble(5);
          sums.range += row.getDouble(6);
          sums.holds += row.getInt(7);
          sums.held += row.getDouble(8);
          sums.formEvents += row.getInt(9);
        }
      }
    }
    List<ExerciseTrend> out = new ArrayList<>();
    byExercise.forEach(
        (name, sessions) ->
            out.add(new ExerciseTrend(name, sessions.values().stream().map(Sums::point).toList())));
    return out;
  }

  /** Running sums of one exercise in one session. */
  private static final class Sums {
    private final long session;
    private long startedMs;
    private int reps;
    private double duration;
    private double range;
    private int holds;
    private double held;
    private int formEvents;

    private Sums(long session) {
      this.session = session;
    }

    private TrendPoint point() {
      int counted = reps + holds;
      return new TrendPoint(
          new SessionId(session),
          Instant.ofEpochMilli(startedMs),
          reps,
          holds,
          mean(duration, reps),
          mean(range, reps),
          mean(held, holds),
          formEvents,
          mean(formEvents, counted));
    }

    private static OptionalDouble mean(double sum, int count) {
      return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / count);
    }
  }

  private static Optional<Side> side(String id) {
    return id == null ? Optional.empty() : Optional.of(Side.valueOf(id.toUpperCase(Locale.ROOT)));
  }
}
