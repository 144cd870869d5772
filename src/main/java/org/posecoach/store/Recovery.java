package org.posecoach.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Closes the sessions a dead process left {@code in_progress}: they become {@code aborted}, their
 * open steps {@code partly_done} or {@code ended_early}, ending at the last thing recorded in them.
 * Nothing recorded is deleted. Each is marked as an interruption the user has not been told of yet
 * ({@link HistoryStore#unseenInterruptions()}).
 */
final class Recovery {
  /** An open step ends at its last rep, hold or form event (or its start, when it has none). */
  private static final String ABORT_STEPS =
      """
      UPDATE steps SET status = %s, ended_s = MAX(started_s,
          COALESCE((SELECT MAX(end_s) FROM reps WHERE step_id = steps.id), 0),
          COALESCE((SELECT MAX(start_s + held_s) FROM holds WHERE step_id = steps.id), 0),
          COALESCE((SELECT MAX(time_s) FROM form_events WHERE step_id = steps.id), 0))
      WHERE session_id = ? AND status = 'in_progress'
      """
          .formatted(HistoryQueries.CUT_SHORT_STATUS);

  /** The session ends at the end of its last step. */
  private static final String ABORT_SESSION =
      """
      UPDATE sessions SET status = 'aborted', owner_pid = NULL, owner_started_ms = NULL,
          interruption_unseen = 1,
          ended_ms = started_ms + CAST(ROUND(1000 * COALESCE(
              (SELECT MAX(COALESCE(ended_s, started_s)) FROM steps WHERE session_id = sessions.id),
              0)) AS INTEGER)
      WHERE id = ? AND status = 'in_progress'
      """;

  private Recovery() {}

  /** Aborts the orphaned sessions and returns their ids (none: nothing is written). */
  static List<SessionId> abortOrphans(Connection db, Predicate<OwnerProcess> alive)
      throws SQLException {
    List<SessionId> orphans = new ArrayList<>();
    try (PreparedStatement open =
            db.prepareStatement(
                "SELECT id, owner_pid, owner_started_ms FROM sessions"
                    + " WHERE status = 'in_progress' ORDER BY id");
        ResultSet row = open.executeQuery()) {
      while (row.next()) {
        long pid = row.getLong(2);
        boolean noOwner = row.wasNull();
        long started = row.getLong(3);
        Optional<Long> ownerStart = row.wasNull() ? Optional.empty() : Optional.of(started);
        if (noOwner || !alive.test(new OwnerProcess(pid, ownerStart))) {
          orphans.add(new SessionId(row.getLong(1)));
        }
      }
    }
    if (orphans.isEmpty()) {
      return orphans;
    }
    Transaction.run(
        db,
        () -> {
          try (PreparedStatement steps = db.prepareStatement(ABORT_STEPS);
              PreparedStatement sessions = db.prepareStatement(ABORT_SESSION)) {
            for (SessionId id : orphans) {
              steps.setLong(1, id.value());
              steps.executeUpdate();
              sessions.setLong(1, id.value());
              sessions.executeUpdate();
            }
          }
        });
    return orphans;
  }
}
