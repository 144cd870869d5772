package org.posecoach.report;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import org.posecoach.motion.vocabulary.ExerciseId;

/**
 * A clip with the count a person judged in it, for measuring the coach against footage.
 *
 * <p>Two layouts are read: a {@code NAME.expect.json} beside {@code NAME.mp4} ({@code {"exercise",
 * "reps", "left"?, "right"?, "note"?}}), and a folder's {@code MANIFEST.json} listing {@code
 * "files": [{"file", "exercise", "reps", "reps_per_side"?: {"left", "right"}, "left"?, "right"?,
 * "reps_are"?: "per side"}]}. Counts are whole numbers, zero or more. Sided counts come as a pair:
 * {@code reps} is then their sum, or, with {@code "reps_are": "per side"}, the count on each side
 * when the pair is not given. A clip of no exercise ({@code "exercise": "idle"}) must count
 * nothing; it is analysed as cat-camel, whose start position the idle clips hold.
 *
 * <pre>{@code
 * for (ClipExpectation e : ClipExpectation.scan(Path.of("../shared/data/real"))) {
 *   System.out.println(e.clip() + " " + e.exercise().id() + " " + e.reps());
 * }
 * }</pre>
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
  private static final String PER_SIDE = "per side";
  private static final String IN_ALL = "in all";

  /** Whether the expectation gives per-side counts. */
  public boolean sided() {
    return left.isPresent() && right.isPresent();
  }

  /**
   * Every clip with an expectation in {@code folder} (not its subfolders), by file name; an
   * expectation file beside a clip wins over the manifest's entry for the same clip.
   *
   * @throws IOException when the folder or an expectation file cannot be read
   * @throws IllegalArgumentException naming the file and what is wrong when an expectation is
   *     malformed or names no clip
   */
  public static List<ClipExpectation> scan(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException(
          "'" + folder + "' is not a folder of clips with expectation files");
    }
    List<ClipExpectation> found = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        if (name.endsWith(EXPECT_SUFFIX) && Files.isRegularFile(file)) {
          String stem = name.substring(0, name.length() - EXPECT_SUFFIX.length());
          found.add(parse(file.toString(), clipFor(folder, stem, file), read(file)));
        }
      }
    }
    Path manifest = folder.resolve(MANIFEST);
    if (Files.exists(manifest)) {
      JsonNode files = read(manifest).get("files");
      if (files == null || !files.isArray()) {
        throw new IllegalArgumentException(
            manifest + ": expected a \"files\" list of {\"file\", \"exercise\", \"reps\"} entries");
      }
      int index = 0;
      for (JsonNode entry : files) {
        String where = manifest + ", files[" + index++ + "]";
        Path clip = folder.resolve(text(where, entry, "file")).normalize();
        if (found.stream().noneMatch(e -> e.clip().normalize().equals(clip))) {
          found.add(parse(where + " (" + clip.getFileName() + ")", clip, entry));
        }
      }
    }
    found.sort(Comparator.comparing(e -> e.clip().getFileName().toString()));
    return List.copyOf(found);
  }

  private static JsonNode read(Path file) throws IOException {
    try {
      return MAPPER.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      String at =
          e.getLocation() == null
              ? ""
              : " at line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr();
      throw new IllegalArgumentException(
          file + " is not valid JSON" + at + ": " + e.getOriginalMessage(), e);
    }
  }

  /** The video beside {@code NAME.expect.json}: {@code NAME.<ext>} (not JSON), first by name. */
  private static Path clipFor(Path folder, String stem, Path expectation) throws IOException {
    List<Path> videos = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        // NAME.mp4 only: not NAME.expect.json, NAME.joints.json, nor NAME.slow.mp4.
        if (name.startsWith(stem + ".")
            && name.indexOf('.', stem.length() + 1) < 0
            && !name.endsWith(".json")
            && Files.isRegularFile(f)) {
          videos.add(f);
        }
      }
    }
    return videos.stream()
        .min(Comparator.comparing(p -> p.getFileName().toString()))
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "'"
                        + expectation
                        + "' has no clip beside it (expected "
                        + stem
                        + ".mp4 or similar)"));
  }

  private static ClipExpectation parse(String where, Path clip, JsonNode entry) {
    if (!entry.isObject()) {
      throw new IllegalArgumentException(
          where + ": expected an object {\"exercise\", \"reps\", …}, found " + entry);
    }
    String exercise = text(where, entry, "exercise");
    ExerciseId id;
    try {
      id = IDLE.equals(exercise) ? ExerciseId.CAT_CAMEL : ExerciseId.fromId(exercise);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage() + " (or idle)");
    }
    int reps =
        count(where, entry, "reps")
            .orElseThrow(() -> new IllegalArgumentException(where + ": \"reps\" is missing"));
    JsonNode perSide = entry.path("reps_per_side");
    JsonNode sides = perSide.isObject() ? perSide : entry;
    OptionalInt left = count(where, sides, "left");
    OptionalInt right = count(where, sides, "right");
    if (left.isPresent() != right.isPresent()) {
      throw new IllegalArgumentException(
          where + ": give both \"left\" and \"right\", or neither, for a sided count");
    }
    String repsAre = entry.path("reps_are").asText(IN_ALL);
    if (!repsAre.equals(PER_SIDE) && !repsAre.equals(IN_ALL)) {
      throw new IllegalArgumentException(
          where + ": \"reps_are\" must be \"" + PER_SIDE + "\" or \"" + IN_ALL + "\"");
    }
    if (repsAre.equals(PER_SIDE) && left.isEmpty()) {
      left = OptionalInt.of(reps);
      right = OptionalInt.of(reps);
    }
    if (left.isPresent()) {
      int sum = left.getAsInt() + right.getAsInt();
      if (repsAre.equals(IN_ALL) && reps != sum) {
        throw new IllegalArgumentException(
            where
                + ": \"reps\" is "
                + reps
                + " but left + right is "
                + sum
                + " (add \"reps_are\": \"per side\" if reps counts each side)");
      }
      reps = sum;
    }
    if (IDLE.equals(exercise) && reps != 0) {
      throw new IllegalArgumentException(where + ": an idle clip counts 0 reps, not " + reps);
    }
    String note = Optional.ofNullable(entry.get("note")).map(JsonNode::asText).orElse("");
    return new ClipExpectation(clip, id, reps, left, right, note);
  }

  /** A whole count of zero or more under {@code key}, or empty when the key is absent. */
  private static OptionalInt count(String where, JsonNode node, String key) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return OptionalInt.empty();
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < 0) {
      throw new IllegalArgumentException(
          where + ": \"" + key + "\" must be a whole number, 0 or more, not " + v);
    }
    return OptionalInt.of(v.asInt());
  }

  private static String text(String where, JsonNode entry, String key) {
    JsonNode v = entry.get(key);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new IllegalArgumentException(
          where + ": \"" + key + "\" is missing or not a text" + (v == null ? "" : " (" + v + ")"));
    }
    return v.asText();
  }
}
