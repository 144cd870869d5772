package org.posecoach.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.posecoach.motion.vocabulary.ExerciseId;

/** The evaluation's arithmetic (exact, within one, mean absolute error) and its table. */
class EvaluationTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ClipExpectation plain(String name, int reps) {
    return new ClipExpectation(
        Path.of(name), ExerciseId.CAT_CAMEL, reps, OptionalInt.empty(), OptionalInt.empty(), "");
  }

  private static ClipExpectation sided(String name, int left, int right) {
    return new ClipExpectation(
        Path.of(name),
        ExerciseId.LUMBAR_ROTATION,
        left + right,
        OptionalInt.of(left),
        OptionalInt.of(right),
        "");
  }

  private static ClipCount count(int reps, int left, int right) {
    return new ClipCount(reps, left, right, Optional.empty(), Optional.empty(), List.of());
  }

  private static ClipResult result(ClipExpectation e, int reps) {
    return ClipResult.counted("real", e, count(reps, 0, 0));
  }

  @ParameterizedTest(name = "expected {0}, counted {1}: exact {2}, within one {3}")
  @CsvSource({"3, 3, true, true", "3, 4, false, true", "3, 2, false, true", "3, 5, false, false"})
  void aClipWithoutSidesIsJudgedOnItsTotal(
      int expected, int counted, boolean exact, boolean withinOne) {
    ClipResult r = result(plain("a.mp4", expected), counted);
    assertEquals(exact, r.exact());
    assertEquals(withinOne, r.withinOne());
    assertEquals(OptionalInt.of(Math.abs(counted - expected)), r.absoluteError());
  }

  @ParameterizedTest(name = "expected L{0} R{1}, counted L{2} R{3}: exact {4}, within one {5}")
  @CsvSource({
    "4, 4, 4, 4, true, true",
    "4, 4, 5, 3, false, true", // the right total, but a rep on the wrong side: not exact
    "4, 4, 3, 5, false, true",
    "4, 4, 4, 3, false, true",
    "4, 4, 2, 6, false, false",
    "4, 4, 5, 5, false, false" // each side off by one, the total off by two
  })
  void aSidedClipIsExactOnlyWhenTheTotalAndBothSidesMatch(
      int left, int right, int countedLeft, int countedRight, boolean exact, boolean withinOne) {
    ClipResult r =
        ClipResult.counted(
            "rendered",
            sided("turns.mp4", left, right),
            count(countedLeft + countedRight, countedLeft, countedRight));
    assertEquals(exact, r.exact());
    assertEquals(withinOne, r.withinOne());
  }

  @Test
  void aClipThatFailedIsNeitherExactNorWithinOneAndHasNoError() {
    ClipResult r = ClipResult.failed("real", plain("broken.mp4", 0), "cannot be read as a video");
    assertFalse(r.exact());
    assertFalse(r.withinOne());
    assertTrue(r.absoluteError().isEmpty());
  }

  @Test
  void theSummaryCountsRatesOverEveryClipAndTheMeanErrorOverTheCountedOnes() {
    List<ClipResult> results =
        List.of(
            result(plain("a.mp4", 3), 3), // exact
            result(plain("b.mp4", 3), 4), // within one, error 1
            result(plain("c.mp4", 1), 4), // off by 3
            ClipResult.failed("real", plain("d.mp4", 2), "no frames"));
    EvaluationSummary s = EvaluationSummary.of(results);
    assertEquals(4, s.clips());
    assertEquals(1, s.exact());
    assertEquals(2, s.withinOne());
    assertEquals(1, s.errors());
    assertEquals(0.25, s.exactRate(), 1e-9);
    assertEquals(0.5, s.withinOneRate(), 1e-9);
    assertEquals(4 / 3.0, s.meanAbsoluteError().getAsDouble(), 1e-9);
  }

  @Test
  void noClipsGiveZeroRatesAndNoMeanError() {
    EvaluationSummary s = EvaluationSummary.of(List.of());
    assertEquals(0, s.exactRate());
    assertTrue(s.meanAbsoluteError().isEmpty());
  }

  @Test
  void theTablePrintsALinePerClipAndSummariesPerFolderAndOverAll() {
    ClipCount nothing =
        new ClipCount(
            0,
            0,
            0,
            Optional.of("No hands-and-knees position was seen in the clip."),
            Optional.of(new ClipCount.CountCheck(OptionalInt.of(3), "The back moved 3 times.")),
            List.of());
    Evaluation ev =
        new Evaluation(
            List.of(
                ClipResult.counted("real", plain("cat.mp4", 1), nothing),
                ClipResult.counted("rendered", sided("turns.mp4", 4, 4), count(8, 4, 4)),
                ClipResult.failed("rendered", plain("broken.mp4", 2), "cannot be read")));
    List<String> lines = ev.lines();
    assertEquals(1 + 3 + 3, lines.size(), String.join("\n", lines));
    assertTrue(lines.get(0).startsWith("clip"), lines.get(0));
    assertTrue(lines.get(1).matches("cat\\.mp4 +cat_camel +1 +0 +off by 1 +reason: No hands.*"));
    assertTrue(lines.get(1).contains("check: 3 by periodicity, The back moved 3 times."));
    assertTrue(
        lines.get(2).matches("turns\\.mp4 +lumbar_rotation +8 L4 R4 +8 L4 R4 +exact"),
        lines.get(2));
    assertTrue(lines.get(3).matches("broken\\.mp4 +cat_camel +2 +- +error +error: cannot be read"));
    assertEquals(
        "real: 1 clip, exact 0/1 (0 %), within one 1/1 (100 %), mean absolute error 1.00",
        lines.get(4));
    assertEquals(
        "rendered: 2 clips, exact 1/2 (50 %), within one 1/2 (50 %), mean absolute error 0.00,"
            + " 1 not analysed",
        lines.get(5));
    assertTrue(lines.get(6).startsWith("all: 3 clips, exact 1/3 (33 %)"), lines.get(6));
    assertFalse(ev.allExact());
  }

  @Test
  void theTableOfOneFolderHasOnlyTheOverallSummary() {
    List<String> lines = new Evaluation(List.of(result(plain("a.mp4", 2), 2))).lines();
    assertEquals(3, lines.size());
    assertTrue(lines.get(2).startsWith("all: 1 clip, exact 1/1 (100 %)"), lines.get(2));
  }

  @Test
  void longReasonsAreShortenedToOneLine() {
    String shortened = Evaluation.shorten("word \n ".repeat(40), 20);
    assertEquals(20, shortened.length());
    assertTrue(shortened.endsWith("…"));
    assertFalse(shortened.contains("\n"));
    assertEquals("short", Evaluation.shorten(" short ", 20));
  }

  @Test
  void aReportStepGivesTheCountTheReasonTheCheckAndEachEventTypeOnce() throws Exception {
    JsonNode report =
        JSON.readTree(
            """
            {"steps": [{"exercise": "lumbar_rotation", "reps": 3, "left": 2, "right": 1,
              "reason": "", "check": {"periodicity_reps": 4, "message": "4 swings seen"},
              "events": [{"type": "too_fast"}, {"type": "too_small"}, {"type": "too_fast"}]}]}
            """);
    ClipCount c = ClipCount.fromReport(report);
    assertEquals(3, c.reps());
    assertEquals(2, c.left());
    assertEquals(1, c.right());
    assertTrue(c.reason().isEmpty(), "a blank reason is no reason");
    assertEquals(OptionalInt.of(4), c.check().orElseThrow().periodicityReps());
    assertEquals("4 swings seen", c.check().orElseThrow().message());
    assertEquals(List.of("too_fast", "too_small"), c.events());
  }

  @Test
  void aReportWithoutStepsCountedNothing() throws Exception {
    ClipCount c = ClipCount.fromReport(JSON.readTree("{\"steps\": []}"));
    assertEquals(0, c.reps());
    assertTrue(c.check().isEmpty());
  }

  @Test
  void theJsonDocumentKeepsSidesOnlyForSidedClipsAndTheCountOnlyWhenThereIsOne() throws Exception {
    Evaluation ev =
        new Evaluation(
            List.of(
                ClipResult.counted("rendered", sided("turns.mp4", 4, 4), count(7, 4, 3)),
                ClipResult.failed("rendered", plain("broken.mp4", 2), "cannot be read")));
    JsonNode doc = JSON.valueToTree(EvaluationJson.of("blazepose-full", ev));
    JsonNode turns = doc.get("clips").get(0);
    assertEquals(4, turns.get("expected").get("left").asInt());
    assertEquals(3, turns.get("counted").get("right").asInt());
    assertEquals(1, turns.get("abs_error").asInt());
    assertTrue(turns.get("within_one").asBoolean());
    assertFalse(turns.has("error"));
    JsonNode broken = doc.get("clips").get(1);
    assertFalse(broken.get("expected").has("left"));
    assertFalse(broken.has("counted"));
    assertEquals("cannot be read", broken.get("error").asText());
    assertEquals(0.5, doc.get("summary").get("within_one_rate").asDouble(), 1e-9);
    assertEquals(1.0, doc.get("summary").get("mean_abs_error").asDouble(), 1e-9);
    assertEquals("rendered", doc.get("folders").get(0).get("folder").asText());
  }
}
