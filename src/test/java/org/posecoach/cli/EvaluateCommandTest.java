package org.posecoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posecoach.testing.TestVideos;

/**
 * {@code evaluate} on small folders: one-line errors for folders it cannot measure, a clip that
 * fails does not stop the others, the JSON document, and the exit codes.
 */
class EvaluateCommandTest {
  /** The fastest model: these clips show no person, only the plumbing is under test. */
  private static final String MODEL = "movenet-lightning";

  @TempDir Path dir;

  private void expect(String clip, String json) throws Exception {
    Files.writeString(dir.resolve(clip + ".expect.json"), json);
  }

  private void stillClip(String name) throws Exception {
    TestVideos.write(dir.resolve(name + ".mp4"), 30, 160, 120, 30);
  }

  @Test
  void aFolderWithoutExpectationsIsOneLineWithExitCodeOne() throws Exception {
    stillClip("still");
    CliRun r = CliRun.of("evaluate", dir.toString());
    assertEquals(Main.EXIT_USER_ERROR, r.exit());
    r.assertOneLineError("has no expectations: put a NAME.expect.json");
  }

  @Test
  void aCommandLineWithoutFolderExitsWithOneNotWithTheNotExactCode() {
    CliRun r = CliRun.of("evaluate");
    assertEquals(Main.EXIT_USER_ERROR, r.exit());
    assertTrue(r.err().contains("Missing required parameter: 'FOLDER'"), r.err());
  }

  @Test
  void aMissingFolderIsOneLineWithExitCodeOne() {
    CliRun r = CliRun.of("evaluate", dir.resolve("nope").toString());
    assertEquals(Main.EXIT_USER_ERROR, r.exit());
    r.assertOneLineError("is not a folder");
  }

  @Test
  void aMalformedExpectationIsOneLineNamingTheFileWithExitCodeOne() throws Exception {
    stillClip("still");
    expect("still", "{\"exercise\": \"cat_camel\", \"reps\": \"two\"}");
    CliRun r = CliRun.of("evaluate", dir.toString());
    assertEquals(Main.EXIT_USER_ERROR, r.exit());
    r.assertOneLineError("still.expect.json: \"reps\" must be a whole number");
  }

  @Test
  void anExpectationFileThatIsNotJsonIsOneLineWithExitCodeOne() throws Exception {
    stillClip("still");
    expect("still", "exercise: cat_camel");
    CliRun r = CliRun.of("evaluate", dir.toString());
    assertEquals(Main.EXIT_USER_ERROR, r.exit());
    r.assertOneLineError("still.expect.json is not valid JSON");
  }

  @Test
  void anUnknownModelIsOneLineBeforeAnyClipIsAnalysed() throws Exception {
    stillClip("still");
    expect("still", "{\"exercise\": \"cat_camel\", \"reps\": 0}");
    CliRun r = CliRun.of("evaluate", dir.toString(), "--model", "posenet");
    assertEquals(Main.EXIT_USER_ERROR, r.exit());
    r.assertOneLineError("Unknown model 'posenet'");
  }

  @Test
  void aClipThatFailsIsAnErrorLineTheOthersGoOnAndTheJsonHasEveryClip() throws Exception {
    stillClip("still");
    expect("still", "{\"exercise\": \"prayer_stretch\", \"reps\": 0, \"note\": \"nobody there\"}");
    Files.write(dir.resolve("broken.mp4"), new byte[5_000]);
    expect("broken", "{\"exercise\": \"lumbar_rotation\", \"reps\": 2, \"left\": 1, \"right\": 1}");
    Path json = dir.resolve("evaluation.json");
    CliRun r = CliRun.of("evaluate", dir.toString(), "--model", MODEL, "--json", json.toString());

    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.out().lines().anyMatch(l -> l.matches("still\\.mp4 +prayer_stretch +0 +0 +exact.*")),
        r.out());
    assertTrue(
        r.out().lines().anyMatch(l -> l.matches("broken\\.mp4 .* - +error +error: .*")), r.out());
    assertTrue(r.out().contains("all: 2 clips, exact 1/2 (50 %)"), r.out());
    assertEquals(
        "analysing 1/2 broken.mp4…\nanalysing 2/2 still.mp4…",
        r.err().strip().replace("\r", ""),
        "one progress line per clip, no progress bars");

    JsonNode doc = new ObjectMapper().readTree(json.toFile());
    assertEquals(MODEL, doc.get("model").asText());
    assertEquals(2, doc.get("clips").size());
    JsonNode broken = doc.get("clips").get(0);
    assertEquals("broken.mp4", broken.get("clip").asText());
    assertEquals(dir.toString(), broken.get("folder").asText());
    assertEquals("lumbar_rotation", broken.get("exercise").asText());
    assertEquals(1, broken.get("expected").get("left").asInt());
    assertFalse(broken.has("counted"));
    assertFalse(broken.get("exact").asBoolean());
    assertFalse(broken.get("error").asText().isBlank());
    JsonNode still = doc.get("clips").get(1);
    assertEquals(0, still.get("counted").get("reps").asInt());
    assertTrue(still.get("exact").asBoolean());
    assertTrue(still.get("within_one").asBoolean());
    assertEquals(0, still.get("abs_error").asInt());
    assertTrue(still.get("events").isArray());
    assertEquals("nobody there", still.get("note").asText());
    JsonNode summary = doc.get("summary");
    assertEquals(2, summary.get("clips").asInt());
    assertEquals(1, summary.get("exact").asInt());
    assertEquals(1, summary.get("errors").asInt());
    assertEquals(0.5, summary.get("exact_rate").asDouble(), 1e-9);
    assertEquals(0.0, summary.get("mean_abs_error").asDouble(), 1e-9);
    assertEquals(1, doc.get("folders").size());
    assertEquals(2, doc.get("folders").get(0).get("summary").get("clips").asInt());
  }

  @Test
  void requireExactExitsWithTwoOnlyWhenAClipIsNotExact() throws Exception {
    stillClip("still");
    expect("still", "{\"exercise\": \"prayer_stretch\", \"reps\": 0}");
    assertEquals(
        0, CliRun.of("evaluate", dir.toString(), "--model", MODEL, "--require-exact").exit());

    expect("still", "{\"exercise\": \"prayer_stretch\", \"reps\": 1}");
    CliRun r = CliRun.of("evaluate", dir.toString(), "--model", MODEL, "--require-exact");
    assertEquals(EvaluateCommand.EXIT_NOT_EXACT, r.exit(), r.out());
    assertTrue(r.out().contains("off by 1"), r.out());
  }
}
