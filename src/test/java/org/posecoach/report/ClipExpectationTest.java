package org.posecoach.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.posecoach.motion.vocabulary.ExerciseId;

/** Both expectation layouts read from temporary folders, and malformed files named clearly. */
class ClipExpectationTest {
  @TempDir Path dir;

  private Path file(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content);
  }

  private Path clip(String name) throws Exception {
    return Files.write(dir.resolve(name), new byte[] {0});
  }

  @Test
  void anExpectFileBesideAClipGivesItsExerciseCountAndNote() throws Exception {
    clip("cat.mp4");
    file("cat.expect.json", "{\"exercise\": \"cat_camel\", \"reps\": 3, \"note\": \"slow\"}");
    List<ClipExpectation> found = ClipExpectation.scan(dir);
    assertEquals(1, found.size());
    ClipExpectation e = found.get(0);
    assertEquals(dir.resolve("cat.mp4"), e.clip());
    assertEquals(ExerciseId.CAT_CAMEL, e.exercise());
    assertEquals(3, e.reps());
    assertFalse(e.sided());
    assertEquals("slow", e.note());
  }

  @Test
  void anExpectFilePicksItsOwnClipNotOneWithALongerName() throws Exception {
    clip("cat.slow.mp4");
    clip("cat.webm");
    file("cat.joints.json", "{}");
    file("cat.expect.json", "{\"exercise\": \"cat_camel\", \"reps\": 1}");
    assertEquals(dir.resolve("cat.webm"), ClipExpectation.scan(dir).get(0).clip());
  }

  @Test
  void sidedCountsInAnExpectFileAddUp() throws Exception {
    clip("turns.mp4");
    file(
        "turns.expect.json",
        "{\"exercise\": \"lumbar_rotation\", \"reps\": 5, \"left\": 3, \"right\": 2}");
    ClipExpectation e = ClipExpectation.scan(dir).get(0);
    assertTrue(e.sided());
    assertEquals(5, e.reps());
    assertEquals(OptionalInt.of(3), e.left());
    assertEquals(OptionalInt.of(2), e.right());
  }

  @Test
  void aManifestListsClipsWithPerSideCountsInEitherForm() throws Exception {
    file(
        "MANIFEST.json",
        """
        {"files": [
          {"file": "b_turns.mp4", "exercise": "lumbar_rotation", "reps": 8,
           "reps_per_side": {"left": 4, "right": 4}},
          {"file": "a_turns.mp4", "exercise": "lumbar_rotation", "reps": 3,
           "reps_are": "per side", "left": 3, "right": 3, "note": "foot corner"},
          {"file": "c_turns.mp4", "exercise": "lumbar_rotation", "reps": 2, "reps_are": "per side"}
        ]}
        """);
    List<ClipExpectation> found = ClipExpectation.scan(dir);
    assertEquals(
        List.of("a_turns.mp4", "b_turns.mp4", "c_turns.mp4"),
        found.stream().map(e -> e.clip().getFileName().toString()).toList());
    assertEquals(6, found.get(0).reps());
    assertEquals("foot corner", found.get(0).note());
    assertEquals(8, found.get(1).reps());
    assertEquals(OptionalInt.of(4), found.get(1).right());
    assertEquals(4, found.get(2).reps());
    assertEquals(OptionalInt.of(2), found.get(2).left());
  }

  @Test
  void anIdleClipIsCountedAsCatCamelAndMustCountNothing() throws Exception {
    file(
        "MANIFEST.json",
        "{\"files\": [{\"file\": \"idle.mp4\", \"exercise\": \"idle\", \"reps\": 0}]}");
    ClipExpectation e = ClipExpectation.scan(dir).get(0);
    assertEquals(ExerciseId.CAT_CAMEL, e.exercise());
    assertEquals(0, e.reps());
  }

  @Test
  void anExpectFileWinsOverTheManifestEntryForTheSameClip() throws Exception {
    clip("cat.mp4");
    file("cat.expect.json", "{\"exercise\": \"cat_camel\", \"reps\": 2}");
    file(
        "MANIFEST.json",
        "{\"files\": [{\"file\": \"./cat.mp4\", \"exercise\": \"cat_camel\", \"reps\": 9}]}");
    List<ClipExpectation> found = ClipExpectation.scan(dir);
    assertEquals(1, found.size());
    assertEquals(2, found.get(0).reps());
  }

  @Test
  void aFolderWithoutExpectationsGivesNothing() throws Exception {
    clip("cat.mp4");
    assertEquals(List.of(), ClipExpectation.scan(dir));
  }

  @Test
  void aFileInsteadOfAFolderIsRefused() throws Exception {
    Path notAFolder = clip("cat.mp4");
    var e = assertThrows(IllegalArgumentException.class, () -> ClipExpectation.scan(notAFolder));
    assertTrue(e.getMessage().contains("is not a folder"), e.getMessage());
  }

  @Test
  void anExpectFileWithoutItsClipIsNamed() throws Exception {
    file("lonely.expect.json", "{\"exercise\": \"cat_camel\", \"reps\": 1}");
    var e = assertThrows(IllegalArgumentException.class, () -> ClipExpectation.scan(dir));
    assertTrue(e.getMessage().contains("lonely.expect.json"), e.getMessage());
    assertTrue(e.getMessage().contains("no clip beside it"), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          not JSON                 | {"exercise": "cat_camel", "reps": | is not valid JSON
          no exercise              | {"reps": 1}                        | "exercise" is missing
          unknown exercise         | {"exercise": "jumping", "reps": 1} | Unknown exercise 'jumping'
          no reps                  | {"exercise": "cat_camel"}          | "reps" is missing
          fractional reps          | {"exercise": "cat_camel", "reps": 2.5} | "reps" must be a whole number
          reps as text             | {"exercise": "cat_camel", "reps": "2"} | "reps" must be a whole number
          negative reps            | {"exercise": "cat_camel", "reps": -1}  | "reps" must be a whole number
          one side only            | {"exercise": "lumbar_rotation", "reps": 2, "left": 2} | give both
          sides not adding up      | {"exercise": "lumbar_rotation", "reps": 5, "left": 2, "right": 2} | left + right is 4
          unknown reps_are         | {"exercise": "cat_camel", "reps": 1, "reps_are": "each"} | "reps_are" must be
          idle with reps           | {"exercise": "idle", "reps": 2}    | an idle clip counts 0
          an array                 | [1, 2]                             | expected an object
          """)
  void aMalformedExpectFileNamesItselfAndWhatIsWrong(String what, String json, String message)
      throws Exception {
    clip("clip.mp4");
    file("clip.expect.json", json);
    var e = assertThrows(IllegalArgumentException.class, () -> ClipExpectation.scan(dir));
    assertTrue(e.getMessage().contains("clip.expect.json"), what + ": " + e.getMessage());
    assertTrue(e.getMessage().contains(message), what + ": " + e.getMessage());
  }

  @Test
  void aManifestWithoutAFilesListIsRefused() throws Exception {
    file("MANIFEST.json", "{\"clips\": []}");
    var e = assertThrows(IllegalArgumentException.class, () -> ClipExpectation.scan(dir));
    assertTrue(e.getMessage().contains("MANIFEST.json"), e.getMessage());
    assertTrue(e.getMessage().contains("\"files\" list"), e.getMessage());
  }

  @Test
  void aMalformedManifestEntryIsNamedByItsIndexAndClip() throws Exception {
    file(
        "MANIFEST.json",
        """
        {"files": [{"file": "ok.mp4", "exercise": "cat_camel", "reps": 1},
                   {"file": "bad.mp4", "exercise": "cat_camel", "reps": 1.5}]}
        """);
    var e = assertThrows(IllegalArgumentException.class, () -> ClipExpectation.scan(dir));
    assertTrue(e.getMessage().contains("files[1] (bad.mp4)"), e.getMessage());
  }
}
