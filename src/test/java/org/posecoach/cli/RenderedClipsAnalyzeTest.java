package org.posecoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.posecoach.routine.ExerciseIds;
import org.posecoach.testing.SharedData;

/**
 * The whole product path on the rendered clips: {@code analyze --exercise} (decode, pose model,
 * smoothing, session engine, report) gives the counts of {@code MANIFEST.json}, per side, and a
 * "too fast" event on the fast clip only.
 */
class RenderedClipsAnalyzeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  static Stream<JsonNode> clips() throws Exception {
    JsonNode manifest = JSON.readTree(SharedData.require("rendered/MANIFEST.json").toFile());
    List<JsonNode> clips = new ArrayList<>();
    manifest.get("files").forEach(clips::add);
    return clips.stream();
  }

  /** Each clip with the exercise to count on it; the idle clip is tried as every exercise. */
  static Stream<Object[]> cases() throws Exception {
    List<Object[]> cases = new ArrayList<>();
    for (JsonNode clip : clips().toList()) {
      String exercise = clip.get("exercise").asText();
      if (exercise.equals("idle")) {
        for (String each : ExerciseIds.ALL) {
          cases.add(new Object[] {clip.get("file").asText() + " as " + each, clip, each});
        }
      } else {
        cases.add(new Object[] {clip.get("file").asText(), clip, exercise});
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void analyzeCountsWhatTheManifestSays(String name, JsonNode clip, String exercise)
      throws Exception {
    Path video = SharedData.require("rendered/" + clip.get("file").asText());
    Path report = dir.resolve("report.json");
    CliRun r =
        CliRun.of("analyze", video.toString(), "--exercise", exercise, "--json", report.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode step = JSON.readTree(report.toFile()).get("steps").get(0);
    assertEquals(clip.get("reps").asInt(), step.get("reps").asInt(), name + " reps");
    if (clip.has("reps_per_side")) {
      assertEquals(
          clip.get("reps_per_side").get("left").asInt(), step.get("left").asInt(), name + " left");
      assertEquals(
          clip.get("reps_per_side").get("right").asInt(),
          step.get("right").asInt(),
          name + " right");
    }
    boolean tooFast = false;
    for (JsonNode e : step.get("events")) {
      tooFast |= e.get("type").asText().equals("too_fast");
    }
    assertEquals(clip.get("variant").asText().equals("fast"), tooFast, name + ": a too-fast event");
  }
}
