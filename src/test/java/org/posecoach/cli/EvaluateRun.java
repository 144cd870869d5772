package org.posecoach.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code evaluate FOLDER --json} run with its table and JSON document, for tests that make
 * several checks of one (slow) analysis pass over a folder of clips.
 */
record EvaluateRun(CliRun run, JsonNode document) {

  /** Runs {@code pose-coach evaluate FOLDER --json TMP [OPTIONS…]} in this JVM. */
  static EvaluateRun of(Path folder, String... options) throws Exception {
    Path json = Files.createTempFile("pose-coach-evaluation", ".json");
    try {
      List<String> args =
          new ArrayList<>(List.of("evaluate", folder.toString(), "--json", json.toString()));
      args.addAll(List.of(options));
      CliRun run = CliRun.of(args.toArray(String[]::new));
      JsonNode document =
          Files.size(json) == 0
              ? new ObjectMapper().createObjectNode()
              : new ObjectMapper().readTree(json.toFile());
      return new EvaluateRun(run, document);
    } finally {
      Files.deleteIfExists(json);
    }
  }

  /** The per-clip records. */
  List<JsonNode> clips() {
    List<JsonNode> clips = new ArrayList<>();
    document.path("clips").forEach(clips::add);
    return clips;
  }

  /** The record of the clip called {@code name}. */
  JsonNode clip(String name) {
    return clips().stream()
        .filter(c -> c.path("clip").asText().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " was not evaluated:\n" + report()));
  }

  /** Names of the clips not counted exactly (failed ones included). */
  List<String> notExact() {
    return clips().stream()
        .filter(c -> !c.path("exact").asBoolean())
        .map(c -> c.path("clip").asText())
        .toList();
  }

  /**
   * The printed table, then, for each clip not counted exactly, its reason, check, error and the
   * judge's note in full (the table shortens them).
   */
  String report() {
    StringBuilder text = new StringBuilder(run.out());
    for (JsonNode c : clips()) {
      if (c.path("exact").asBoolean()) {
        continue;
      }
      text.append('\n').append(c.path("clip").asText()).append(':');
      for (String key : List.of("reason", "error", "note")) {
        if (c.has(key)) {
          text.append("\n  ").append(key).append(": ").append(c.get(key).asText());
        }
      }
      if (c.has("check")) {
        text.append("\n  check: ").append(c.get("check"));
      }
    }
    if (!run.err().isBlank() && run.exit() != 0) {
      text.append('\n').append(run.err());
    }
    return text.toString();
  }
}
