package org.posecoach.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Checks on a history database file, made over a connection of their own. */
final class SqliteChecks {
  private SqliteChecks() {}

  /** SQLite's own consistency check of {@code db}: "ok" when the file is sound. */
  static String integrityCheck(Path db) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement sql = raw.createStatement();
        ResultSet row = sql.executeQuery("PRAGMA integrity_check")) {
      while (row.next()) {
        lines.add(row.getString(1));
      }
    }
    return String.join("; ", lines);
  }
}
