package org.posecoach.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.posecoach.motion.ExerciseId;

/**
 * A clip with the count a person judged in it, for measuring the coach against footage.
 *
 * <p>Two layouts are read: a {@code NAME.expect.json} beside {@code NAME.mp4} ({@code {"exercise",
 * "reps", "left"?, "right"?, "note"?}}), and a folder's {@code MANIFEST.json} listing {@code
 * "files": [{"file", "exercise", "reps", "reps_per_side"?: {"left", "right"}, "left"?, "right"?,
 * "reps_are"?: "per side"}]}. A clip of no exercise ({@code "exercise": "idle"}) must count
 * nothing; it is analysed as cat-camel, whose start position the idle clips hold.
 *
 * @param clip the video
 * @param exercise the exercise to count
 * @param reps repetitions (or holds) in all
 * @param left on the person's left, for sided exercises
 * @param right on the person's right, for sided exercises
 * @param note what the judge saw, or empty
 */
public record ClipExpectation(
    Path clip, ExerciseId exercise, int reps, OptionalInt left, OptionalInt right, String note) {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String EXPECT_SUFFIX = ".expect.json";
  private static final String MANIFEST = "MANIFEST.json";
  private static final String IDLE = "idle";

  /** Whether the expectation gives per-side counts. */
  public boolean sided() {
    return left.isPresent() && right.isPresent();
  }

  /**
   * Every clip with an expectation in {@code folder} (not its subfolders), by file name.
   *
   * @throws IOException when the folder or an expectation file cannot be read
   * @throws IllegalArgumentException naming the file when an expectation is malformed
   */
  public static List<ClipExpectation> scan(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException(
          "'" + folder + "' is not a folder of clips with expectation files");
    }
    List<ClipExpectation> found = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + EXPECT_SUFFIX)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        String stem = name.substring(0, name.length() - EXPECT_SUFFIX.length());
        found.add(parse(file, clipFor(folder, stem, file), MAPPER.readTree(file.toFile())));
      }
    }
    Path manifest = folder.resolve(MANIFEST);
    if (Files.exists(manifest)) {
      JsonNode files = MAPPER.readTree(manifest.toFile()).path("files");
      for (JsonNode entry : files) {
        Path clip = folder.resolve(text(manifest, entry, "file"));
        if (found.stream().noneMatch(e -> e.clip().equals(clip))) {
          found.add(parse(manifest, clip, entry));
        }
      }
    }
    found.sort(Comparator.comparing(e -> e.clip().getFileName().toString()));
    return List.copyOf(found);
  }

  private static Path clipFor(Path folder, String stem, Path expectation) throws IOException {
    try (DirectoryStream<Path> videos = Files.newDirectoryStream(folder, stem + ".*")) {
      for (Path v : videos) {
        if (!v.getFileName().toString().endsWith(".json")) {
          return v;
        }
      }
    }
    throw new IllegalArgumentException(
        "'" + expectation + "' has no clip beside it (expected " + stem + ".mp4 or similar)");
  }

  private static ClipExpectation parse(Path source, Path clip, JsonNode entry) {
    String exercise = text(source, entry, "exercise");
    ExerciseId id;
    try {
      id = IDLE.equals(exercise) ? ExerciseId.CAT_CAMEL : ExerciseId.fromId(exercise);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          source + ", " + clip.getFileName() + ": " + e.getMessage());
    }
    JsonNode perSide = entry.path("reps_per_side");
    OptionalInt left = count(perSide.isObject() ? perSide : entry, "left");
    OptionalInt right = count(perSide.isObject() ? perSide : entry, "right");
    if (!entry.path("reps").canConvertToInt()) {
      throw new IllegalArgumentException(
          source + ", " + clip.getFileName() + ": \"reps\" must be a whole number");
    }
    int reps = entry.path("reps").asInt();
    if (left.isPresent() && right.isPresent()) {
      // "reps" may be given per side (reps_are: "per side") or in all: the sides decide.
      reps = left.getAsInt() + right.getAsInt();
    }
    if (IDLE.equals(exercise)) {
      reps = 0;
    }
    String note = Optional.ofNullable(entry.get("note")).map(JsonNode::asText).orElse("");
    return new ClipExpectation(clip, id, reps, left, right, note);
  }

  private static OptionalInt count(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v != null && v.canConvertToInt() ? OptionalInt.of(v.asInt()) : OptionalInt.empty();
  }

  private static String text(Path source, JsonNode entry, String key) {
    JsonNode v = entry.get(key);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException(source + ": an entry lacks \"" + key + "\"");
    }
    return v.asText();
  }
}
