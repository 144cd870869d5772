package org.posecoach.routine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.Side;

/** A routine file as its author meets the loader: values read, defaults filled, errors placed. */
class RoutineLoaderTest {
  private static final double EPS = 1e-9;

  @TempDir Path dir;

  private static Routine load(String yaml) {
    return RoutineLoader.load(yaml, "test.yaml");
  }

  private static RoutineException error(String yaml) {
    return assertThrows(RoutineException.class, () -> load(yaml));
  }

  /** A routine of one step with {@code lines} (indented under {@code - exercise: …}). */
  private static String oneStep(String exercise, String... lines) {
    StringBuilder yaml = new StringBuilder("name: Test\nsteps:\n  - exercise: " + exercise + "\n");
    for (String line : lines) {
      yaml.append("    ").append(line).append('\n');
    }
    return yaml.toString();
  }

  /** The defaults as routines/README.md states them, so the table and the loader cannot drift. */
  @Test
  void aMinimalStepGetsEveryDefault() {
    Routine routine = load(oneStep("cat_camel", "reps: 20"));
    assertEquals("", routine.description());
    RoutineStep step = routine.steps().get(0);
    assertEquals("Cat-camel", step.title());
    assertEquals(20, step.reps());
    assertEquals(0, step.holdSeconds(), EPS);
    assertEquals(SidePlan.NONE, step.sides());
    assertEquals(2, step.tempo().minRepSeconds(), EPS);
    assertTrue(step.tempo().maxRepSeconds().isEmpty());
    assertEquals(0.3, step.minRange().fraction(), EPS);
    assertEquals(15, step.restAfterSeconds(), EPS);
    assertEquals(CameraPlacement.SIDE, step.camera());
    assertEquals("", step.instructions());
  }

  @Test
  void aSidedExerciseIsDoneOnBothSidesAlternatingLeftFirstByDefault() {
    RoutineStep step = load(oneStep("lumbar_rotation", "reps: 2")).steps().get(0);
    assertEquals(new SidePlan(Sides.BOTH, SideOrder.ALTERNATING, Side.LEFT), step.sides());
    assertEquals(4, SideSequence.of(step).size());
    assertEquals(List.of(Side.LEFT, Side.RIGHT, Side.LEFT, Side.RIGHT), SideSequence.of(step));
  }

  @Test
  void aTimedHoldIsOneHoldPerSideWithoutTempo() {
    RoutineStep step = load(oneStep("glute_stretch", "hold_seconds: 10")).steps().get(0);
    assertTrue(step.isTimedHold());
    assertEquals(1, step.reps());
    assertEquals(10, step.holdSeconds(), EPS);
    assertEquals(Tempo.NONE, step.tempo());
    assertEquals(List.of(Side.LEFT, Side.RIGHT), SideSequence.of(step));
  }

  @Test
  void everyOptionIsRead() {
    Routine routine =
        load(
            """
            name: "Mine: short"
            description: Two lines
              folded into one.
            steps:
              - exercise: lumbar_rotation
                title: Knee rocks
                reps: 8
                hold_seconds: 1.5
                sides: both
                order: blocks
                first_side: right
                min_rep_seconds: 2
                max_rep_seconds: 9.5
                min_range_fraction: 0.5
                min_range_value: 20
                rest_after_seconds: 30
                camera: feet
                instructions: |
                  Line one.
                  Line two.
            """);
    assertEquals("Mine: short", routine.name());
    assertEquals("Two lines folded into one.", routine.description());
    RoutineStep step = routine.steps().get(0);
    assertEquals("Knee rocks", step.title());
    assertEquals(8, step.reps());
    assertEquals(1.5, step.holdSeconds(), EPS);
    assertEquals(new SidePlan(Sides.BOTH, SideOrder.BLOCKS, Side.RIGHT), step.sides());
    assertEquals(new Tempo(2, OptionalDouble.of(9.5)), step.tempo());
    assertEquals(new MinRange(0.5, OptionalDouble.of(20)), step.minRange());
    assertEquals(30, step.restAfterSeconds(), EPS);
    assertEquals(CameraPlacement.FEET, step.camera());
    assertEquals("Line one.\nLine two.", step.instructions());
  }

  @Test
  void oneSideOnlyRepeatsThatSide() {
    RoutineStep step = load(oneStep("thread_the_needle", "reps: 3", "sides: right")).steps().get(0);
    assertEquals(List.of(Side.RIGHT, Side.RIGHT, Side.RIGHT), SideSequence.of(step));
    assertEquals(3, SideSequence.of(step).size());
  }

  @Test
  void aFileOnDiskIsNamedInItsMessages() throws Exception {
    Path file = dir.resolve("mine.yaml");
    Files.writeString(file, oneStep("cat_camel", "reps: 0"));
    RoutineException e = assertThrows(RoutineException.class, () -> RoutineLoader.load(file));
    assertEquals(
        file + ":4:11: step 1 (cat_camel): `reps` must be from 1 to 100, but it is '0'",
        e.getMessage());
  }

  @Test
  void aMissingFileSaysSoWithoutALine() {
    RoutineException e =
        assertThrows(RoutineException.class, () -> RoutineLoader.load(dir.resolve("nope.yaml")));
    assertEquals(0, PlacedMessage.of(e).line());
    assertTrue(e.getMessage().contains("no such file"), e.getMessage());
  }

  @Test
  void aByteOrderMarkIsIgnored() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = oneStep("cat_camel", "reps: 5").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(text, 0, bytes, bom.length, text.length);
    assertEquals(5, RoutineLoader.load(bytes, "bom.yaml").steps().get(0).reps());
  }

  @Test
  void invalidUtf8IsPlacedAtItsFirstBadByte() {
    byte[] bytes = "name: Caf\u00e9\nsteps: x\n".getBytes(StandardCharsets.ISO_8859_1);
    RoutineException e =
        assertThrows(RoutineException.class, () -> RoutineLoader.load(bytes, "latin1.yaml"));
    assertEquals(1, PlacedMessage.of(e).line());
    assertEquals(10, PlacedMessage.of(e).column());
    assertTrue(
        PlacedMessage.of(e).problem().contains("0xE9")
            && PlacedMessage.of(e).problem().contains("UTF-8"),
        PlacedMessage.of(e).problem());
  }

  @Test
  void aNulByteIsBinaryNotText() {
    byte[] bytes = "name: x\nsteps:\u0000\n".getBytes(StandardCharsets.UTF_8);
    RoutineException e =
        assertThrows(RoutineException.class, () -> RoutineLoader.load(bytes, "bin.yaml"));
    assertEquals(2, PlacedMessage.of(e).line());
    assertEquals(7, PlacedMessage.of(e).column());
    assertTrue(PlacedMessage.of(e).problem().contains("binary"), PlacedMessage.of(e).problem());
  }

  @Test
  void utf16IsRefusedWithTheFix() {
    byte[] bytes = "name: x".getBytes(StandardCharsets.UTF_16);
    RoutineException e =
        assertThrows(RoutineException.class, () -> RoutineLoader.load(bytes, "u16.yaml"));
    assertTrue(
        PlacedMessage.of(e).problem().contains("save it again as UTF-8"),
        PlacedMessage.of(e).problem());
  }

  @Test
  void aDuplicateKeyNamesTheLineOfTheFirst() {
    RoutineException e =
        error(oneStep("cat_camel", "reps: 10", "rest_after_seconds: 5", "reps: 12"));
    assertEquals(6, PlacedMessage.of(e).line());
    assertEquals(5, PlacedMessage.of(e).column());
    assertTrue(
        PlacedMessage.of(e).problem().contains("`reps` is given twice (first on line 4)"),
        PlacedMessage.of(e).problem());
  }

  @Test
  void anUnknownExerciseListsTheValidOnesAndSuggestsTheNearest() {
    RoutineException e = error(oneStep("cat-camel", "reps: 10"));
    assertEquals(3, PlacedMessage.of(e).line());
    assertEquals(15, PlacedMessage.of(e).column());
    assertTrue(
        PlacedMessage.of(e).problem().contains("did you mean `cat_camel`?"),
        PlacedMessage.of(e).problem());
    for (String id : ExerciseId.ids()) {
      assertTrue(PlacedMessage.of(e).problem().contains(id), PlacedMessage.of(e).problem());
    }
  }

  @Test
  void aMessageIsOneLineEvenForAValueWithLineBreaks() {
    RoutineException e = error(oneStep("\"cat\\ncamel\"", "reps: 10"));
    assertTrue(
        PlacedMessage.of(e).problem().contains("`cat\\ncamel`"), PlacedMessage.of(e).problem());
    assertTrue(!e.getMessage().contains("\n"), e.getMessage());
  }

  /** Each row: the step's extra lines (| separates lines), line, column, words the message has. */
  @ParameterizedTest(name = "[{index}] {0} {1}")
  @CsvSource(
      delimiter = ';',
      textBlock =
          """
          cat_camel;                  reps: -3;                 4; 11; must be from 1 to 100
          cat_camel;                  reps: 0;                  4; 11; must be from 1 to 100
          cat_camel;                  reps: 1000000000;         4; 11; must be from 1 to 100, but it is '1000000000'
          cat_camel;                  reps: 99999999999999999999999; 4; 11; must be from 1 to 100
          cat_camel;                  reps: 2.5;                4; 11; must be a whole number such as 10
          cat_camel;                  reps: 1e9;                4; 11; must be a whole number
          cat_camel;                  reps: ten;                4; 11; must be a whole number such as 10, but it is 'ten'
          cat_camel;                  reps: "10";               4; 11; in quotes; remove the quotes
          cat_camel;                  reps: [10];               4; 11; must be a number such as 10, but it is a list
          cat_camel;                  reps: {a: 1};             4; 11; but it is a mapping
          cat_camel;                  reps:;                    4; 10; `reps` has no value
          cat_camel;                  reps: .inf;               4; 11; must be a whole number
          cat_camel;                  rep: 10;                  4; 5;  unknown key `rep`; did you mean `reps`?
          cat_camel;                  reps: 10|tempo: 3;        5; 5;  unknown key `tempo`; did you mean `min_rep_seconds`?
          cat_camel;                  reps: 10|rest: 3;         5; 5;  did you mean `rest_after_seconds`?
          cat_camel;                  reps: 10|hold_secnds: 3;  5; 5;  did you mean `hold_seconds`?
          cat_camel;                  reps: 10|colour: red;     5; 5;  The keys here are: exercise, title, reps
          cat_camel;                  hold_seconds: 2;          3; 5;  `reps` is missing
          lumbar_rotation;            hold_seconds: 2;          3; 5;  how many repetitions on each side
          knees_to_chest;             reps: 10;                 3; 5;  knees_to_chest is held, so it needs `hold_seconds`
          glute_stretch;              reps: 1;                  3; 5;  glute_stretch is held, so it needs `hold_seconds`
          knees_to_chest;             reps: 10|hold_seconds: 0; 5; 19; must be from 0.5 to 300 seconds
          cat_camel;                  reps: 10|hold_seconds: -1;5; 19; must be from 0 to 300 seconds
          cat_camel;                  reps: 10|min_rep_seconds: 0; 5; 22; `min_rep_seconds` must be from 0.5 to 60 seconds, but it is '0'
          cat_camel;                  reps: 10|min_rep_seconds: 1e9; 5; 22; must be from 0.5 to 60 seconds
          cat_camel;                  reps: 10|max_rep_seconds: 0; 5; 22; must be more than 0 and at most 120 seconds
          cat_camel;                  reps: 10|min_rep_seconds: 3|max_rep_seconds: 2; 6; 22; must be more than `min_rep_seconds` (3)
          cat_camel;                  reps: 10|hold_seconds: 5|min_rep_seconds: 1|max_rep_seconds: 4; 7; 22; must be more than `hold_seconds` (5)
          cat_camel;                  reps: 10|min_range_fraction: 0; 5; 25; must be from 0.1 to 1 of your range
          cat_camel;                  reps: 10|min_range_fraction: 1.5; 5; 25; must be from 0.1 to 1
          cat_camel;                  reps: 10|min_range_value: 0; 5; 22; must be more than 0 and at most 360
          cat_camel;                  reps: 10|rest_after_seconds: -5; 5; 25; must be from 0 to 600 seconds
          cat_camel;                  reps: 10|rest_after_seconds: 86400; 5; 25; must be from 0 to 600 seconds
          cat_camel;                  reps: 10|sides: left;     5; 5;  cat_camel works both sides of the body at once, so it takes no `sides`
          prayer_stretch;             reps: 10|order: blocks;   5; 5;  so it takes no `order`
          thread_the_needle;          reps: 5|sides: lef;       5; 12; unknown side `lef`; did you mean `left`? The sides are: left, right, both
          thread_the_needle;          reps: 5|sides: left|order: blocks; 6; 5; `order` only applies with `sides: both`
          thread_the_needle;          reps: 5|order: random;    5; 12; The orders are: alternating, blocks
          thread_the_needle;          reps: 5|first_side: up;   5; 17; The sides are: left, right
          glute_stretch;              hold_seconds: 10|min_rep_seconds: 2; 5; 5; glute_stretch is a timed hold, so it has no tempo
          cat_camel;                  reps: 10|camera: feet;    5; 13; cat_camel is done on hands and knees
          cat_camel;                  reps: 10|camera: top;     5; 13; The camera placements are: side, feet
          cat_camel;                  reps: 10|title: [a, b];   5; 12; `title` must be text, but it is a list
          cat_camel;                  reps: 10|instructions: "a\\u0007b"; 5; 19; contains the control character U+0007
          """)
  void aBadStepValueIsPlacedAndExplained(
      String exercise, String lines, int line, int column, String expected) {
    RoutineException e = error(oneStep(exercise, lines.split("\\|")));
    assertTrue(PlacedMessage.of(e).problem().contains(expected), e.getMessage());
    assertEquals(line, PlacedMessage.of(e).line(), e.getMessage());
    assertEquals(column, PlacedMessage.of(e).column(), e.getMessage());
    assertTrue(e.getMessage().startsWith("test.yaml:" + line + ":" + column + ": step 1"));
  }

  /** Each row: the whole file (| separates lines), line, column, words the message has. */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = ';',
      textBlock =
          """
          '';                                   1; 1; the file is empty
          '# only a comment';                   1; 1; the file is empty
          '~';                                  1; 1; the file is empty
          '- a|- b';                            1; 1; a routine file is a set of `key: value` lines starting with `name:` and `steps:`, but this is a list
          'just words';                         1; 1; but this is the value 'just words'
          'steps:|  - exercise: cat_camel|    reps: 1'; 1; 1; the routine has no `name:`
          'name:|steps: []';                    1; 6; `name` has no value
          'name: x';                            1; 1; the routine has no `steps:`
          'name: x|steps:';                     2; 7; `steps` is empty
          'name: x|steps: []';                  2; 8; `steps` is an empty list
          'name: x|steps: cat_camel';           2; 8; `steps` must be a list of exercises
          'name: x|steps:|  - cat_camel';       3; 5; step 1: a step is a set of `key: value` lines starting with `- exercise:`
          'name: x|steps:|  - reps: 3';         3; 5; step 1: the step has no `exercise:`
          'name: x|exercises: []';              2; 1; unknown key `exercises`; did you mean `steps`?
          'name: x|name: y|steps: []';          2; 1; `name` is given twice (first on line 1)
          '[a]: 1';                             1; 1; a key must be a plain word
          'name: [x]|steps: []';                1; 7; `name` must be text, but it is a list
          'name: x|steps: [';                   2; 9; YAML syntax error
          'name: x|  steps: []';                2; 8; YAML syntax error: mapping values are not allowed here
          'name: a: b';                         1; 8; must be put in quotes
          'name: x|\tsteps: []';                2; 1; indent with spaces, not tabs
          'name: *a|steps: []';                 1; 7; found undefined alias
          'a: 1|---|b: 2';                      2; 1; expected a single document
          'name: x|steps: [[[[[[[[[[1]]]]]]]]]]'; 2; 15; nested more than 8 levels deep
          """)
  void aBadRoutineIsPlacedAndExplained(String file, int line, int column, String expected) {
    String yaml = file.replace("|", "\n").replace("\\t", "\t");
    RoutineException e = error(yaml);
    assertTrue(PlacedMessage.of(e).problem().contains(expected), e.getMessage());
    assertEquals(line, PlacedMessage.of(e).line(), e.getMessage());
    assertEquals(column, PlacedMessage.of(e).column(), e.getMessage());
  }

  @Test
  void tooManyStepsAreRefusedAtTheFirstOneOver() {
    StringBuilder yaml = new StringBuilder("name: long\nsteps:\n");
    int documentedMaxSteps = 50;
    for (int i = 0; i <= documentedMaxSteps; i++) {
      yaml.append("  - {exercise: cat_camel, reps: 1}\n");
    }
    RoutineException e = error(yaml.toString());
    assertEquals(3 + documentedMaxSteps, PlacedMessage.of(e).line());
    assertTrue(
        PlacedMessage.of(e).problem().contains("at most 50 steps"), PlacedMessage.of(e).problem());
  }

  @Test
  void aHugeFileIsRefusedBeforeParsing() {
    int documentedMaxBytes = 256 * 1024; // docs/routines.md: "over 256 KiB"
    String yaml = "name: x\n# " + "x".repeat(documentedMaxBytes) + "\n";
    RoutineException e = error(yaml);
    assertTrue(
        PlacedMessage.of(e).problem().contains("far more than a routine needs"),
        PlacedMessage.of(e).problem());
  }

  @Test
  void aLongNameIsRefusedWithItsLength() {
    RoutineException e = error("name: " + "n".repeat(81) + "\nsteps: []\n");
    assertTrue(
        PlacedMessage.of(e).problem().contains("is 81 characters long"),
        PlacedMessage.of(e).problem());
  }
}
