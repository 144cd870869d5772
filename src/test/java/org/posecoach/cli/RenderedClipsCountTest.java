package org.posecoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.testing.SharedData;

/**
 * The whole product path on the rendered clips ({@code ../shared/data/rendered}): {@code evaluate}
 * (decode, pose model, smoothing, session engine, report) gives the counts of {@code
 * MANIFEST.json}, per side, and "too fast" on the fast clip only; the idle clip counts nothing
 * whichever exercise is asked for. The folder is analysed once for all the checks of that pass.
 */
class RenderedClipsCountTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static EvaluateRun evaluation;

  @TempDir Path dir;

  /** The one {@code evaluate} pass over the folder (about 1.5 min), made by the first test. */
  private static synchronized EvaluateRun evaluation() throws Exception {
    if (evaluation == null) {
      evaluation = EvaluateRun.of(SharedData.require("rendered"));
    }
    return evaluation;
  }

  private static List<JsonNode> manifestEntries() throws Exception {
    JsonNode manifest = JSON.readTree(SharedData.require("rendered/MANIFEST.json").toFile());
    List<JsonNode> entries = new ArrayList<>();
    manifest.get("files").forEach(entries::add);
    return entries;
  }

  @Test
  void everyRenderedClipIsCountedAsTheManifestSays() throws Exception {
    EvaluateRun run = evaluation();
    assertEquals(0, run.run().exit(), run::report);
    assertEquals(manifestEntries().size(), run.clips().size(), run::report);
    assertEquals(List.of(), run.notExact(), () -> "clips not counted exactly:\n" + run.report());
  }

  /**
   * Only the clips rendered at a known tempo (with a {@code variant}) are checked: the newer clips'
   * reps (e.g. 2.8 s cat-camels) sit near the 3 s bound, where "too fast" is a fair call.
   */
  @Test
  void tooFastIsRaisedOnTheFastClipAndNotAtAnEasyTempo() throws Exception {
    EvaluateRun run = evaluation();
    for (JsonNode entry : manifestEntries()) {
      if (!entry.has("variant")) {
        continue;
      }
      String name = entry.get("file").asText();
      boolean tooFast = false;
      for (JsonNode type : run.clip(name).path("events")) {
        tooFast |= type.asText().equals("too_fast");
      }
      boolean fast = entry.get("variant").asText().equals("fast");
      assertEquals(fast, tooFast, name + ": a too-fast event\n" + run.report());
    }
  }

  /** The idle clip as every exercise but cat-camel, which the evaluation pass covers. */
  static Stream<String> otherExercises() {
    return ExerciseId.ids().stream().filter(id -> !id.equals("cat_camel"));
  }

  @ParameterizedTest(name = "idle clip as {0}")
  @MethodSource("otherExercises")
  void theIdleClipCountsNothingWhicheverExerciseIsAsked(String exercise) throws Exception {
    JsonNode idle =
        manifestEntries().stream()
            .filter(e -> e.get("exercise").asText().equals("idle"))
            .findFirst()
            .orElseThrow();
    Path video = SharedData.require("rendered/" + idle.get("file").asText());
    Path report = dir.resolve("report.json");
    CliRun r =
        CliRun.of("analyze", video.toString(), "--exercise", exercise, "--json", report.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode step = JSON.readTree(report.toFile()).get("steps").get(0);
    assertEquals(0, step.get("reps").asInt(), exercise + " on the idle clip: " + step);
    assertFalse(step.get("events").findValuesAsText("type").contains("too_fast"), step.toString());
  }
}
