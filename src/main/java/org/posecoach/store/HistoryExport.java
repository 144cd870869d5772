package org.posecoach.store;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.posecoach.motion.vocabulary.Side;

/**
 * Sessions written out for a spreadsheet (CSV) or another program (JSON).
 *
 * <p>CSV is one row per session, step, rep, hold and form event ({@code kind} column), each row
 * repeating its session and step, so a spreadsheet can filter and pivot it; blank cells where a
 * column does not apply. JSON nests them: sessions → steps → reps, holds, form events. Times are
 * ISO-8601 (UTC) for session starts and ends, and seconds after the session start for the rest.
 *
 * <pre>{@code
 * HistoryExport.write(history.sessionDetails(), HistoryExport.Format.CSV, writer);
 * }</pre>
 */
public final class HistoryExport {
  /** The output formats. */
  public enum Format {
    CSV,
    JSON
  }

  /** RFC 4180: comma-separated, CRLF after each row, a cell quoted when it must be. */
  private static final CSVFormat CSV_FORMAT = CSVFormat.RFC4180;

  private static final List<String> CSV_COLUMNS =
      List.of(
          "session_id",
          "session_started",
          "routine",
          "session_status",
          "step_id",
          "position",
          "exercise",
          "step_status",
          "kind",
          "index",
          "side",
          "start_s",
          "end_s",
          "duration_s",
          "held_s",
          "range_fraction",
          "peak_value",
          "target_reps",
          "target_hold_s",
          "event_type",
          "severity",
          "message");

  private HistoryExport() {}

  public static void write(List<SessionDetail> sessions, Format format, Writer out)
      throws IOException {
    if (format == Format.CSV) {
      writeCsv(sessions, out);
    } else {
      HistoryJson.write(sessions, out);
    }
    out.flush();
  }

  private static void writeCsv(List<SessionDetail> sessions, Writer out) throws IOException {
    // Not closed: that would close the caller's writer.
    CSVPrinter csv = new CSVPrinter(out, CSV_FORMAT);
    csv.printRecord(CSV_COLUMNS);
    for (SessionDetail detail : sessions) {
      SessionSummary s = detail.session();
      Csv session = new Csv();
      session.put("session_id", s.id().value());
      session.put("session_started", s.startedAt().toString());
      session.put("routine", s.routineName());
      session.put("session_status", s.status().id());
      Csv sessionRow = session.copy();
      sessionRow.put("kind", "session");
      sessionRow.put("start_s", 0.0);
      s.duration().ifPresent(d -> sessionRow.put("end_s", d.toMillis() / 1000.0));
      sessionRow.put("target_reps", s.plannedSteps());
      csv.printRecord(sessionRow.values());
      for (StepDetail stepDetail : detail.steps()) {
        StepSummary st = stepDetail.step();
        Csv step = session.copy();
        step.put("step_id", st.id().value());
        step.put("position", st.position());
        step.put("exercise", st.exercise());
        step.put("step_status", st.status().id());
        Csv stepRow = step.copy();
        stepRow.put("kind", "step");
        stepRow.put("side", st.sides().id());
        stepRow.put("start_s", st.startSeconds());
        stepRow.put("end_s", st.endSeconds());
        stepRow.put("target_reps", st.targetReps());
        stepRow.put("target_hold_s", st.targetHoldSeconds());
        csv.printRecord(stepRow.values());
        for (RepRecord rep : stepDetail.reps()) {
          Csv r = step.copy();
          r.put("kind", "rep");
          r.put("index", rep.index());
          r.put("side", rep.side());
          r.put("start_s", rep.startSeconds());
          r.put("end_s", rep.endSeconds());
          r.put("duration_s", rep.durationSeconds());
          r.put("held_s", rep.heldSeconds());
          r.put("range_fraction", rep.rangeFraction());
          r.put("peak_value", rep.peakValue());
          csv.printRecord(r.values());
        }
        for (HoldRecord hold : stepDetail.holds()) {
          Csv h = step.copy();
          h.put("kind", "hold");
          h.put("index", hold.index());
          h.put("side", hold.side());
          h.put("start_s", hold.startSeconds());
          h.put("end_s", hold.startSeconds() + hold.heldSeconds());
          h.put("held_s", hold.heldSeconds());
          h.put("target_hold_s", hold.targetSeconds());
          csv.printRecord(h.values());
        }
        for (FormEventRecord event : stepDetail.formEvents()) {
          Csv e = step.copy();
          e.put("kind", "form_event");
          e.put("side", event.side());
          e.put("start_s", event.timeSeconds());
          e.put("event_type", event.type());
          e.put("severity", event.severity());
          e.put("message", event.message());
          csv.printRecord(e.values());
        }
      }
    }
    csv.flush();
  }

  /** A number as short as it can be written exactly: 10, 2.5, 0.125. */
  static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** One CSV row being filled, cells by column name. */
  private static final class Csv {
    private final String[] cells = new String[CSV_COLUMNS.size()];

    Csv() {
      Arrays.fill(cells, "");
    }

    Csv copy() {
      Csv copy = new Csv();
      System.arraycopy(cells, 0, copy.cells, 0, cells.length);
      return copy;
    }

    void put(String column, Object value) {
      int at = CSV_COLUMNS.indexOf(column);
      if (at < 0) {
        throw new IllegalArgumentException("no CSV column " + column);
      }
      cells[at] = text(value);
    }

    private static String text(Object value) {
      if (value == null) {
        return "";
      }
      if (value instanceof Optional<?> optional) {
        return text(optional.orElse(null));
      }
      if (value instanceof OptionalDouble optional) {
        return optional.isPresent() ? number(optional.getAsDouble()) : "";
      }
      if (value instanceof Side side) {
        return side.id();
      }
      if (value instanceof Double d) {
        return number(d);
      }
      return value.toString();
    }

    List<String> values() {
      return List.of(cells);
    }
  }
}
