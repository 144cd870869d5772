package org.posecoach.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The whole-number settings SQLite keeps in a database's header ({@code user_version}, …). */
final class Pragmas {
  private Pragmas() {}

  /** The value of {@code PRAGMA name}; 0 when SQLite gives none. */
  static int read(Connection db, String name) throws SQLException {
    try (Statement sql = db.createStatement();
        ResultSet row = sql.executeQuery("PRAGMA " + name)) {
      return row.next() ? row.getInt(1) : 0;
    }
  }
}
