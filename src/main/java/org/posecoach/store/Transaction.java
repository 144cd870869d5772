package org.posecoach.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs some statements as one transaction: all of them are committed, or (on any exception) none,
 * and the connection's auto-commit is put back as it was.
 */
final class Transaction {
  /** The statements to run; throwing rolls them all back. */
  @FunctionalInterface
  interface Work {
    void run() throws SQLException;
  }

  private Transaction() {}

  static void run(Connection db, Work work) throws SQLException {
    boolean autoCommit = db.getAutoCommit();
    db.setAutoCommit(false);
    try {
      work.run();
      db.commit();
    } catch (SQLException | RuntimeException e) {
      db.rollback();
      throw e;
    } finally {
      db.setAutoCommit(autoCommit);
    }
  }
}
