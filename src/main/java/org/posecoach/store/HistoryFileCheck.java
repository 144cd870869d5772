package org.posecoach.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.sqlite.SQLiteConfig;

/**
 * Looks at a history file read-only before anything writes to it, so that Pose Coach never changes
 * a file it did not create (switching it to WAL already rewrites its header) and never adds to a
 * damaged one.
 *
 * <p>Ours is a SQLite database stamped with {@link #APPLICATION_ID}; one from before the stamp is
 * recognised by its schema (a {@code user_version} and our tables) and stamped when opened. A file
 * that is missing, empty, or an empty SQLite database is new. Anything else is refused: another
 * program's database, a file that is not SQLite, or one that fails {@code PRAGMA quick_check}.
 */
final class HistoryFileCheck {
  /** {@code PRAGMA application_id} of a Pose Coach history: "PCoa" in ASCII. */
  static final int APPLICATION_ID = 0x50436F61;

  /** The SQLite file header: 16 magic bytes, then fields up to byte 100. */
  private static final int HEADER_BYTES = 100;

  private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  /** Offset in the header of {@code PRAGMA application_id}. */
  private static final int APPLICATION_ID_OFFSET = 68;

  private static final Set<String> OUR_TABLES =
      Set.of("sessions", "steps", "reps", "holds", "form_events");

  /** What the file holds, when it may be written. */
  enum Kind {
    /** No history yet: the schema is created and stamped. */
    NEW,
    /** A Pose Coach history. */
    OURS
  }

  private HistoryFileCheck() {}

  /**
   * @throws StoreException saying what the file is and what to do, when it must not be written
   */
  static Kind inspect(Path file) {
    if (!Files.exists(file)) {
      return Kind.NEW;
    }
    if (!Files.isRegularFile(file)) {
      throw new StoreException(
          "the history database " + file + " is not a file; name a file with --db or move it");
    }
    byte[] header = header(file);
    if (header.length == 0) {
      return Kind.NEW;
    }
    if (header.length < HEADER_BYTES || !startsWithMagic(header)) {
      throw damaged(file, "the file does not start with a SQLite header", null);
    }
    // The header's id is current unless a write-ahead log holds newer pages: another program's
    // stamp is final, ours or none is confirmed through SQLite below.
    if (!isOursOrUnstamped(ByteBuffer.wrap(header).getInt(APPLICATION_ID_OFFSET))) {
      throw foreign(file, "it is another program's database");
    }
    try (Connection db = readOnly(file)) {
      String check = quickCheck(db);
      if (!check.equals("ok")) {
        throw damaged(file, check, null);
      }
      int applicationId = Pragmas.read(db, "application_id");
      int userVersion = Pragmas.read(db, "user_version");
      if (!isOursOrUnstamped(applicationId)) {
        throw foreign(file, "it is another program's database");
      }
      if (applicationId == APPLICATION_ID) {
        return Kind.OURS;
      }
      Set<String> tables = tables(db);
      if (tables.isEmpty() && userVersion == 0) {
        return Kind.NEW;
      }
      if (userVersion >= 1 && tables.containsAll(OUR_TABLES)) {
        return Kind.OURS;
      }
      throw foreign(file, "it is another program's database");
    } catch (SQLException e) {
      throw damaged(file, e.getMessage(), e);
    }
  }

  private static boolean isOursOrUnstamped(int applicationId) {
    return applicationId == 0 || applicationId == APPLICATION_ID;
  }

  private static byte[] header(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(HEADER_BYTES);
    } catch (IOException e) {
      throw new StoreException(
          "cannot read the history database " + file + " (" + e.getMessage() + ")", e);
    }
  }

  private static boolean startsWithMagic(byte[] header) {
    for (int i = 0; i < MAGIC.length; i++) {
      if (header[i] != MAGIC[i]) {
        return false;
      }
    }
    return true;
  }

  private static Connection readOnly(Path file) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
  }

  /** {@code ok}, or the first problem quick_check found. */
  private static String quickCheck(Connection db) throws SQLException {
    try (Statement sql = db.createStatement();
        ResultSet rows = sql.executeQuery("PRAGMA quick_check(1)")) {
      return rows.next() ? rows.getString(1) : "no answer";
    }
  }

  private static Set<String> tables(Connection db) throws SQLException {
    Set<String> names = new HashSet<>();
    try (Statement sql = db.createStatement();
        ResultSet rows = sql.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table'")) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    return names;
  }

  private static StoreException foreign(Path file, String what) {
    return new StoreException(
        file
            + " is not a Pose Coach history ("
            + what
            + "); it was left untouched: point Pose Coach at another file with --db or "
            + HistoryLocation.DATA_ENV);
  }

  private static StoreException damaged(Path file, String check, Throwable cause) {
    String first = check == null ? "unreadable" : check.lines().findFirst().orElse(check);
    return new StoreException(
        "the history database "
            + file
            + " is damaged (quick_check: "
            + first.strip()
            + "); move it aside (for example rename it to "
            + file.getFileName()
            + ".broken) and a new one will be created",
        cause);
  }
}
