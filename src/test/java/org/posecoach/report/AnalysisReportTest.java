package org.posecoach.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.posecoach.motion.review.PeriodicityCounter;
import org.posecoach.motion.review.SetReview;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.FormIssue;
import org.posecoach.motion.vocabulary.MotionEvent;
import org.posecoach.motion.vocabulary.Severity;
import org.posecoach.motion.vocabulary.Side;
import org.posecoach.pipeline.LatencyStats;
import org.posecoach.pipeline.PipelineSummary;
import org.posecoach.routine.RoutineLoader;
import org.posecoach.routine.RoutineStep;
import org.posecoach.session.SessionEvent;
import org.posecoach.source.SourceInfo;
import org.posecoach.store.StepStatus;

/** The {@code analyze} report keeps the keys, their order and the rounding the README shows. */
class AnalysisReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final SourceInfo CLIP =
      new SourceInfo("clip.mp4", false, 640, 480, 29.97002997, 0, 0, 0, 100, false);

  private static PipelineSummary summary(Optional<String> error) {
    return new PipelineSummary(
        CLIP, 100, 99, 1, 90, 1.37, error, new LatencyStats(99, 12.3456, 13, 14.0049, 15, 16), 3);
  }

  /** A lumbar rotation step with a rep on each side, a form event and a disagreeing rhythm. */
  private static List<StepReport> oneEndedStep() {
    RoutineStep step =
        RoutineLoader.load("name: t\nsteps:\n  - exercise: lumbar_rotation\n    reps: 1\n", "t")
            .steps()
            .get(0);
    StepReports reports = new StepReports();
    reports.onEvent(new SessionEvent.StepStarted(0, 0, step));
    reports.onEvent(motion(1, rep(Side.LEFT, 1)));
    reports.onEvent(
        motion(
            2.0049,
            new MotionEvent.FormEvent(
                2, FormIssue.TOO_FAST, Severity.WARNING, "Slow down", Optional.of(Side.RIGHT))));
    reports.onEvent(motion(4, rep(Side.RIGHT, 2)));
    reports.onEvent(
        new SessionEvent.StepEnded(
            5,
            0,
            step,
            StepStatus.COMPLETED,
            new SetReview(
                2,
                1,
                1,
                "Counted 2 repetitions.",
                Optional.of(new PeriodicityCounter.Count(3, 2.34567)),
                Optional.of("The rhythm says 3."))));
    return reports.steps();
  }

  private static MotionEvent.RepCounted rep(Side side, int count) {
    return new MotionEvent.RepCounted(
        count, ExerciseId.LUMBAR_ROTATION, Optional.of(side), count, 1, 2.0, 0.5);
  }

  private static SessionEvent motion(double t, MotionEvent event) {
    return new SessionEvent.Motion(t, 0, event);
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void theReportHasTheDocumentedKeysInTheirOrder() {
    JsonNode report =
        JSON.valueToTree(AnalysisReport.of("clip.mp4", "m", summary(Optional.empty()), List.of()));
    assertEquals(
        List.of(
            "source",
            "frames",
            "fps",
            "model",
            "processing_fps",
            "frames_with_pose",
            "dropped",
            "latency_ms",
            "steps"),
        keys(report));
    assertEquals(List.of("p50", "p95"), keys(report.get("latency_ms")));
  }

  @Test
  void anErrorComesBeforeTheStepsOnlyWhenTheInputBroke() {
    JsonNode report =
        JSON.valueToTree(
            AnalysisReport.of("clip.mp4", "m", summary(Optional.of("truncated")), List.of()));
    assertEquals("truncated", report.get("error").asText());
    List<String> keys = keys(report);
    assertEquals(List.of("latency_ms", "error", "steps"), keys.subList(7, keys.size()));
  }

  @Test
  void numbersAreRoundedAsDocumented() {
    JsonNode report =
        JSON.valueToTree(AnalysisReport.of("clip.mp4", "m", summary(Optional.empty()), List.of()));
    assertEquals(29.97, report.get("fps").asDouble(), 0);
    assertEquals(72.3, report.get("processing_fps").asDouble(), 0);
    assertEquals(12.35, report.get("latency_ms").get("p50").asDouble(), 0);
    assertEquals(14.0, report.get("latency_ms").get("p95").asDouble(), 0);
  }

  @Test
  void anEndedStepHasTheDocumentedKeysInTheirOrder() {
    JsonNode step = JSON.valueToTree(oneEndedStep()).get(0);
    assertEquals(
        List.of(
            "exercise",
            "reps",
            "left",
            "right",
            "holds_s",
            "events",
            "status",
            "reason",
            "rhythm",
            "check"),
        keys(step));
    assertEquals(
        List.of("t", "type", "severity", "message", "side"), keys(step.get("events").get(0)));
    assertEquals(List.of("reps", "period_s"), keys(step.get("rhythm")));
    assertEquals(List.of("rhythm_reps", "message"), keys(step.get("check")));
  }

  @Test
  void anEndedStepCarriesItsCountsEventsAndReview() {
    JsonNode step = JSON.valueToTree(oneEndedStep()).get(0);
    assertEquals("completed", step.get("status").asText());
    assertEquals(2, step.get("reps").asInt());
    assertEquals(1, step.get("left").asInt());
    assertEquals(1, step.get("right").asInt());
    JsonNode event = step.get("events").get(0);
    assertEquals(2.0, event.get("t").asDouble(), 0, "seconds to hundredths");
    assertEquals("too_fast", event.get("type").asText());
    assertEquals("warning", event.get("severity").asText());
    assertEquals("right", event.get("side").asText());
    assertEquals(2.35, step.get("rhythm").get("period_s").asDouble(), 0);
    assertEquals(3, step.get("check").get("rhythm_reps").asInt());
  }

  @Test
  void stepsTheSessionNeverReachedAreReportedAsNotReached() {
    var routine =
        RoutineLoader.load(
            "name: t\nsteps:\n  - exercise: lumbar_rotation\n    reps: 1\n"
                + "  - exercise: cat_camel\n    reps: 2\n",
            "t");
    StepReports reports = new StepReports();
    reports.onEvent(new SessionEvent.SessionStarted(0, routine));
    reports.onEvent(new SessionEvent.StepStarted(0, 0, routine.steps().get(0)));
    reports.onEvent(
        new SessionEvent.StepEnded(
            3,
            0,
            routine.steps().get(0),
            StepStatus.ENDED_EARLY,
            new SetReview(0, 0, 0, "Nobody was seen.", Optional.empty(), Optional.empty())));
    reports.onEvent(new SessionEvent.SessionEnded(3, false));
    JsonNode steps = JSON.valueToTree(reports.steps());
    assertEquals(2, steps.size());
    assertEquals("ended_early", steps.get(0).get("status").asText());
    assertEquals("cat_camel", steps.get(1).get("exercise").asText());
    assertEquals("not_reached", steps.get(1).get("status").asText());
  }
}
