package org.posecoach.store;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
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

  /** Identifies the JSON layout, so a reader can tell it from other files. */
  static final String JSON_FORMAT = "pose-coach-history";

  /** Bumped when the JSON layout changes incompatibly. */
  static final int JSON_VERSION = 1;

  static final List<String> CSV_COLUMNS =
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
      writeJson(sessions, out);
    }
    out.flush();
  }

  private static void writeCsv(List<SessionDetail> sessions, Writer out) throws IOException {
    row(out, CSV_COLUMNS);
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
      row(out, sessionRow.values());
      for (StepDetail stepDetail : detail.steps()) {
        StepSummary st = stepDetail.step();
        Csv step = session.copy();
        step.put("step_id", st.id().value());
        step.put("position", st.position());
        step.put("exercise", st.exercise().id());
        step.put("step_status", st.status().id());
        Csv stepRow = step.copy();
        stepRow.put("kind", "step");
        stepRow.put("side", st.sides().id());
        stepRow.put("start_s", st.startSeconds());
        stepRow.put("end_s", st.endSeconds());
        stepRow.put("target_reps", st.targetReps());
        stepRow.put("target_hold_s", st.targetHoldSeconds());
        row(out, stepRow.values());
        for (RepRecord rep : stepDetail.reps()) {
          Csv r = step.copy();
          r.put("kind", "rep");
          r.put("index", rep.index());
          r.put("side", side(rep.side()));
          r.put("start_s", rep.startSeconds());
          r.put("end_s", rep.endSeconds());
          r.put("duration_s", rep.durationSeconds());
          r.put("held_s", rep.heldSeconds());
          r.put("range_fraction", rep.rangeFraction());
          r.put("peak_value", rep.peakValue());
          row(out, r.values());
        }
        for (HoldRecord hold : stepDetail.holds()) {
          Csv h = step.copy();
          h.put("kind", "hold");
          h.put("index", hold.index());
          h.put("side", side(hold.side()));
          h.put("start_s", hold.startSeconds());
          h.put("end_s", hold.startSeconds() + hold.heldSeconds());
          h.put("held_s", hold.heldSeconds());
          h.put("target_hold_s", hold.targetSeconds());
          row(out, h.values());
        }
        for (FormEventRecord event : stepDetail.formEvents()) {
          Csv e = step.copy();
          e.put("kind", "form_event");
          e.put("side", side(event.side()));
          e.put("start_s", event.timeSeconds());
          e.put("event_type", event.type());
          e.put("severity", event.severity());
          e.put("message", event.message());
          row(out, e.values());
        }
      }
    }
  }

  private static void writeJson(List<SessionDetail> sessions, Writer out) throws IOException {
    ObjectMapper json =
        JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET) // the caller closes its writer
            .build();
    ObjectNode root = json.createObjectNode();
    root.put("format", JSON_FORMAT);
    root.put("version", JSON_VERSION);
    ArrayNode list = root.putArray("sessions");
    for (SessionDetail detail : sessions) {
      SessionSummary s = detail.session();
      ObjectNode session = list.addObject();
      session.put("id", s.id().value());
      session.put("started_at", s.startedAt().toString());
      session.put("ended_at", s.endedAt().map(Object::toString).orElse(null));
      session.put("routine", s.routineName());
      session.put("model", s.model());
      session.put("source", s.source());
      session.put("status", s.status().id());
      session.put("planned_steps", s.plannedSteps());
      session.put("steps_completed", s.stepsCompleted());
      session.put("reps", s.reps());
      session.put("holds", s.holds());
      session.put("form_events", s.formEvents());
      ArrayNode steps = session.putArray("steps");
      for (StepDetail stepDetail : detail.steps()) {
        StepSummary st = stepDetail.step();
        ObjectNode step = steps.addObject();
        step.put("id", st.id().value());
        step.put("position", st.position());
        step.put("exercise", st.exercise().id());
        step.put("target_reps", st.targetReps());
        step.put("target_hold_s", st.targetHoldSeconds());
        step.put("sides", st.sides().id());
        step.put("start_s", st.startSeconds());
        putOptional(step, "end_s", st.endSeconds());
        step.put("status", st.status().id());
        ArrayNode reps = step.putArray("reps");
        for (RepRecord rep : stepDetail.reps()) {
          ObjectNode r = reps.addObject();
          r.put("index", rep.index());
          r.put("side", side(rep.side()));
          r.put("start_s", rep.startSeconds());
          r.put("end_s", rep.endSeconds());
          r.put("duration_s", rep.durationSeconds());
          r.put("held_s", rep.heldSeconds());
          r.put("range_fraction", rep.rangeFraction());
          putOptional(r, "peak_value", rep.peakValue());
        }
        ArrayNode holds = step.putArray("holds");
        for (HoldRecord hold : stepDetail.holds()) {
          ObjectNode h = holds.addObject();
          h.put("index", hold.index());
          h.put("side", side(hold.side()));
          h.put("start_s", hold.startSeconds());
          h.put("held_s", hold.heldSeconds());
          h.put("target_s", hold.targetSeconds());
        }
        ArrayNode events = step.putArray("form_events");
        for (FormEventRecord event : stepDetail.formEvents()) {
          ObjectNode e = events.addObject();
          e.put("time_s", event.timeSeconds());
          e.put("type", event.type());
          e.put("severity", event.severity());
          e.put("message", event.message());
          e.put("side", side(event.side()));
        }
      }
    }
    json.writeValue(out, root);
    out.write(System.lineSeparator());
  }

  private static void putOptional(ObjectNode node, String key, OptionalDouble value) {
    if (value.isPresent()) {
      node.put(key, value.getAsDouble());
    } else {
      node.putNull(key);
    }
  }

  private static String side(Optional<Side> side) {
    return side.map(Side::id).orElse(null);
  }

  private static void row(Writer out, List<String> cells) throws IOException {
    List<String> quoted = new ArrayList<>(cells.size());
    for (String cell : cells) {
      quoted.add(quote(cell));
    }
    out.write(String.join(",", quoted));
    out.write("\r\n");
  }

  /** RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled. */
  static String quote(String cell) {
    if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
      return '"' + cell.replace("\"", "\"\"") + '"';
    }
    return cell;
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
      if (value instanceof OptionalDouble optional) {
        return optional.isPresent() ? number(optional.getAsDouble()) : "";
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
