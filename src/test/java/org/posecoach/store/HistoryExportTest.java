package org.posecoach.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
    assertEquals(
        "session_id,session_started,routine,session_status,step_id,position,exercise,step_status,"
            + "kind,index,side,start_s,end_s,duration_s,held_s,range_fraction,peak_value,"
            + "target_reps,target_hold_s,event_type,severity,message",
        rows[0],
        "the header documented in docs/routines.md");
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

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  /** The layout is version 1: its keys and their order change only with the version. */
  @Test
  void jsonKeysAreThoseOfVersionOneInTheirOrder() throws Exception {
    SessionDetail detail = session();
    StepDetail step = detail.steps().get(0);
    HoldRecord hold = new HoldRecord(1, Optional.of(Side.RIGHT), 6, 10, 10);
    SessionDetail withHold =
        new SessionDetail(
            detail.session(),
            List.of(new StepDetail(step.step(), step.reps(), List.of(hold), step.formEvents())));
    StringWriter out = new StringWriter();
    HistoryExport.write(List.of(withHold), HistoryExport.Format.JSON, out);
    JsonNode root = new ObjectMapper().readTree(out.toString());

    assertEquals(List.of("format", "version", "sessions"), keys(root));
    assertEquals(1, root.get("version").asInt());
    JsonNode session = root.get("sessions").get(0);
    assertEquals(
        List.of(
            "id",
            "started_at",
            "ended_at",
            "routine",
            "model",
            "source",
            "status",
            "planned_steps",
            "steps_completed",
            "reps",
            "holds",
            "form_events",
            "steps"),
        keys(session));
    JsonNode jsonStep = session.get("steps").get(0);
    assertEquals(
        List.of(
            "id",
            "position",
            "exercise",
            "target_reps",
            "target_hold_s",
            "sides",
            "start_s",
            "end_s",
            "status",
            "reps",
            "holds",
            "form_events"),
        keys(jsonStep));
    assertEquals(
        List.of(
            "index",
            "side",
            "start_s",
            "end_s",
            "duration_s",
            "held_s",
            "range_fraction",
            "peak_value"),
        keys(jsonStep.get("reps").get(0)));
    assertEquals(
        List.of("index", "side", "start_s", "held_s", "target_s"),
        keys(jsonStep.get("holds").get(0)));
    JsonNode event = jsonStep.get("form_events").get(0);
    assertEquals(List.of("time_s", "type", "severity", "message", "side"), keys(event));
    assertTrue(event.get("side").isNull(), "a key that does not apply is null, not left out");
  }

  @Test
  void numbersAreWrittenAsShortAsTheyAreExact() {
    assertEquals("10", HistoryExport.number(10.0));
    assertEquals("0.125", HistoryExport.number(0.125));
    assertEquals("0", HistoryExport.number(0.0));
  }
}
