package org.posecoach.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.Side;
import org.posecoach.routine.Sides;

/** Sessions exported as CSV rows for a spreadsheet and as nested JSON. */
class HistoryExportTest {
  private static final Instant START = Instant.parse("2025-03-01T07:00:00Z");

  private static SessionDetail session() {
    SessionSummary summary =
        new SessionSummary(
            new SessionId(7),
            START,
            Optional.of(START.plus(Duration.ofSeconds(95))),
            "Mine, \"quoted\"",
            "movenet-lightning",
            "camera 0",
            SessionStatus.COMPLETED,
            1,
            1,
            1,
            0,
            1);
    StepSummary step =
        new StepSummary(
            new StepId(3),
            1,
            ExerciseId.LUMBAR_ROTATION,
            1,
            0,
            Sides.BOTH,
            2,
            OptionalDouble.of(9),
            StepStatus.COMPLETED,
            Optional.of("Counted 1 repetition."),
            Optional.empty());
    RepRecord rep =
        new RepRecord(1, Optional.of(Side.LEFT), 3, 5.5, 2.5, 0, 0.75, OptionalDouble.empty());
    FormEventRecord event =
        new FormEventRecord(4, "too_fast", "warning", "Slow down,\nplease", Optional.empty());
    return new SessionDetail(
        summary, List.of(new StepDetail(step, List.of(rep), List.of(), List.of(event))));
  }

  @Test
  void csvHasOneRowPerSessionStepRepAndEventWithQuotedText() throws Exception {
    StringWriter out = new StringWriter();
    HistoryExport.write(List.of(session()), HistoryExport.Format.CSV, out);
    String[] rows = out.toString().split("\r\n(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
    assertEquals(5, rows.length, out.toString());
    assertEquals(String.join(",", HistoryExport.CSV_COLUMNS), rows[0]);
    assertTrue(
        rows[1].startsWith("7,2025-03-01T07:00:00Z,\"Mine, \"\"quoted\"\"\",completed,"), rows[1]);
    assertTrue(rows[1].contains(",session,,,0,95,"), rows[1]);
    assertTrue(rows[3].contains(",rep,1,left,3,5.5,2.5,0,0.75,,"), rows[3]);
    assertTrue(rows[4].endsWith(",too_fast,warning,\"Slow down,\nplease\""), rows[4]);
  }

  @Test
  void jsonNestsStepsRepsAndEventsUnderTheirSession() throws Exception {
    StringWriter out = new StringWriter();
    HistoryExport.write(List.of(session()), HistoryExport.Format.JSON, out);
    JsonNode root = new ObjectMapper().readTree(out.toString());
    assertEquals("pose-coach-history", root.get("format").asText());
    JsonNode session = root.get("sessions").get(0);
    assertEquals(7, session.get("id").asInt());
    assertEquals("2025-03-01T07:01:35Z", session.get("ended_at").asText());
    JsonNode rep = session.get("steps").get(0).get("reps").get(0);
    assertEquals("left", rep.get("side").asText());
    assertEquals(2.5, rep.get("duration_s").asDouble(), 1e-9);
    assertTrue(rep.get("peak_value").isNull());
    assertEquals(
        "too_fast", session.get("steps").get(0).get("form_events").get(0).get("type").asText());
  }

  @Test
  void numbersAreWrittenAsShortAsTheyAreExact() {
    assertEquals("10", HistoryExport.number(10.0));
    assertEquals("0.125", HistoryExport.number(0.125));
    assertEquals("0", HistoryExport.number(0.0));
  }
}
