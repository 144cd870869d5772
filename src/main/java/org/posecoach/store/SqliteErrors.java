package org.posecoach.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;

/** SQLite's failures, as messages that tell the user what to do. */
final class SqliteErrors {
  /** SQLite's extended result codes keep the primary code in their low byte. */
  private static final int PRIMARY_CODE_MASK = 0xFF;

  private SqliteErrors() {}

  /**
   * The exception for {@code e}, raised while {@code action} ("saving a rep"): a {@link
   * StoreException} for what the user can fix, an {@link IllegalStateException} for a bug.
   */
  static RuntimeException translate(SQLException e, Path db, String action) {
    int code = e.getErrorCode() & PRIMARY_CODE_MASK;
    if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
      return new StoreException(
          "the history database "
              + db
              + " is locked by another program (another Pose Coach?) while "
              + action
              + "; close it and try again",
          e);
    }
    if (code == SQLiteErrorCode.SQLITE_CORRUPT.code || code == SQLiteErrorCode.SQLITE_NOTADB.code) {
      return new StoreException(
          "the history database "
              + db
              + " is damaged or is not a Pose Coach history; move it aside (for example rename it"
              + " to history.db.broken) and Pose Coach will start a new one",
          e);
    }
    if (code == SQLiteErrorCode.SQLITE_FULL.code) {
      return new StoreException(
          "the disk holding " + db + " is full; free some space and try again", e);
    }
    if (code == SQLiteErrorCode.SQLITE_READONLY.code
        || code == SQLiteErrorCode.SQLITE_CANTOPEN.code
        || code == SQLiteErrorCode.SQLITE_PERM.code
        || code == SQLiteErrorCode.SQLITE_IOERR.code) {
      return new StoreException(
          "cannot write the history database "
              + db
              + " while "
              + action
              + "; check that its folder exists and that you may write to it, or choose another"
              + " folder with "
              + HistoryLocation.DATA_ENV,
          e);
    }
    return new IllegalStateException("history database error while " + action + ": " + e, e);
  }
}
