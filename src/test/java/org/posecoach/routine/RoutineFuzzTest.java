package org.posecoach.routine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed routine files, hand-written and generated from fixed seeds: whatever the bytes, the
 * loader either returns a routine or throws a {@link RoutineException} with a one-line message that
 * places the problem ({@code fuzz.yaml:line:column: …}); never any other exception.
 */
class RoutineFuzzTest {
  private static final String NAME = "fuzz.yaml";
  private static final Pattern PLACED =
      Pattern.compile("fuzz\\.yaml:[1-9][0-9]*:[1-9][0-9]*: \\S.*");

  /** Seeds per shipped routine file for random mutations (3 files: 450 mutated files). */
  private static final int MUTATION_SEEDS = 150;

  /** Seeds for files of random bytes. */
  private static final int JUNK_SEEDS = 60;

  /** Pieces of YAML syntax and awkward values that mutations insert. */
  private static final List<String> TOKENS =
      List.of(
          ":",
          ": ",
          "- ",
          "-",
          "[",
          "]",
          "{",
          "}",
          ",",
          "#",
          "&a ",
          "*a",
          "!!str ",
          "!x ",
          "? ",
          "|",
          ">-",
          "'",
          "\"",
          "\t",
          "\n",
          "\r",
          "\r\n",
          "  ",
          "---\n",
          "...\n",
          "%YAML 1.2\n",
          "\\",
          "@",
          "`",
          "1e999",
          "-1",
          "0",
          "99999999999999999999",
          "1_000",
          "0x1F",
          "~",
          "null",
          ".nan",
          "-.inf",
          "true",
          "é",
          "\uFFFD",
          "\u2028",
          "\"\\x00\"",
          "\"\\uD800\"",
          "<<: ",
          "reps: ",
          "hold_seconds: ",
          "exercise: ",
          "sides: ",
          "steps:\n",
          "name:\n",
          "[[[[",
          "{a: {b: {c: ",
          "&x [*x]",
          "- - - - ",
          "\u0000",
          "\u001B");

  private static List<String> shippedFiles() throws IOException {
    try (Stream<java.nio.file.Path> files = Files.list(RoutineFilesTest.FOLDER)) {
      return files
          .filter(p -> p.toString().endsWith(".yaml"))
          .sorted()
          .map(
              p -> {
                try {
                  return Files.readString(p);
                } catch (IOException e) {
                  throw new IllegalStateException(e);
                }
              })
          .toList();
    }
  }

  /** Loads {@code bytes}; returns the error, or null when they made a valid routine. */
  private static RoutineException loadOrError(byte[] bytes, String label) {
    try {
      assertNotNull(RoutineLoader.load(bytes, NAME));
      return null;
    } catch (RoutineException e) {
      return e;
    } catch (Throwable t) { // StackOverflowError included: that is exactly what must not happen
      fail(label + ": expected a RoutineException, got " + t, t);
      return null;
    }
  }

  /** Returns whether the bytes were refused. */
  private static boolean assertLoadsOrIsPlaced(byte[] bytes, String label) {
    RoutineException e = loadOrError(bytes, label);
    if (e == null) {
      return false;
    }
    String message = e.getMessage();
    assertFalse(PlacedMessage.of(e).problem().isBlank(), label);
    assertFalse(message.contains("\n") || message.contains("\r"), label + ": one line: " + message);
    assertTrue(PLACED.matcher(message).matches(), label + ": placed: " + message);
    long lines = 1 + IntStream.range(0, bytes.length).filter(i -> bytes[i] == '\n').count();
    assertTrue(
        PlacedMessage.of(e).line() <= lines + 1, label + ": line within the file: " + message);
    return true;
  }

  @Test
  void randomMutationsOfTheShippedFilesAreLoadedOrPlaced() throws IOException {
    List<String> files = shippedFiles();
    assertEquals(3, files.size());
    int refused = 0;
    for (int f = 0; f < files.size(); f++) {
      byte[] original = files.get(f).getBytes(StandardCharsets.UTF_8);
      for (int seed = 0; seed < MUTATION_SEEDS; seed++) {
        byte[] mutated = mutate(original, new Random(1000L * f + seed));
        String label = "file " + f + " seed " + seed;
        if (assertLoadsOrIsPlaced(mutated, label)) {
          refused++;
        }
      }
    }
    // Most mutations must break the file; otherwise the fuzzing tests little.
    assertTrue(refused > files.size() * MUTATION_SEEDS / 2, "refused " + refused);
  }

  @Test
  void randomBytesArePlaced() {
    for (int seed = 0; seed < JUNK_SEEDS; seed++) {
      Random random = new Random(seed);
      byte[] junk = new byte[1 + random.nextInt(2000)];
      random.nextBytes(junk);
      assertTrue(assertLoadsOrIsPlaced(junk, "junk seed " + seed), "junk is refused");
    }
  }

  static Stream<String> malformed() {
    return Stream.of(
        // Wrong types, everywhere a value goes.
        "name: 12\nsteps: {exercise: cat_camel}\n",
        "name: x\nsteps:\n  - exercise: [cat_camel]\n    reps: 1\n",
        "name: x\nsteps:\n  - exercise: cat_camel\n    reps: true\n",
        "name: x\nsteps:\n  - exercise: cat_camel\n    reps: !!binary aGVsbG8=\n",
        "name: x\nsteps:\n  - exercise: cat_camel\n    reps: 2024-01-01\n",
        "name: x\nsteps:\n  - exercise: glute_stretch\n    hold_seconds: {a: 1}\n",
        "name: x\nsteps:\n  - exercise: glute_stretch\n    hold_seconds: 10\n    sides: [left]\n",
        "name: x\nsteps: [1, 2, 3]\n",
        "name: x\nsteps: [[exercise, cat_camel]]\n",
        "name: !!map {a: b}\nsteps: []\n",
        // Unknown keys.
        "nam: x\nsteps: []\n",
        "name: x\nsteps:\n  - exercise: cat_camel\n    reps: 2\n    '': 3\n",
        "name: x\nsteps:\n  - exercise: cat_camel\n    reps: 2\n    " + "k".repeat(5000) + ": 3\n",
        "name: x\n<<: {steps: []}\n",
        // Huge and absurd numbers.
        "name: x\nsteps:\n  - exercise: cat_camel\n    reps: 1" + "0".repeat(400) + "\n",
        "name: x\nsteps:\n  - exercise: cat_camel\n    reps: 1\n    min_rep_seconds: 1e2147483648\n",
        "name: x\nsteps:\n  - exercise: cat_camel\n    reps: 1\n    min_rep_seconds: 1e-2147483648\n",
        "name: x\nsteps:\n  - exercise: cat_camel\n    reps: 1\n    rest_after_seconds: .nan\n",
        "name: x\nsteps:\n  - exercise: cat_camel\n    reps: 1\n    min_rep_seconds: -0\n",
        "name: x\nsteps:\n  - exercise: cat_camel\n    reps: 0x10\n",
        // Empty and nearly empty.
        "",
        " ",
        "\n\n\n",
        "---\n",
        "---\n...\n",
        "{}",
        "[]",
        "''",
        "name: x\nsteps:\n  -\n",
        "name: x\nsteps:\n  - {}\n",
        // Structure and syntax.
        "name: x\nsteps:\n- exercise: cat_camel\n reps: 1\n",
        "name: 'unterminated\nsteps: []\n",
        "name: \"bad escape \\q\"\nsteps: []\n",
        "name: \"\\uD800\"\nsteps: []\n",
        "name: \"\\x00\"\nsteps: []\n",
        "%YAML 9.9\n---\nname: x\nsteps: []\n",
        "%TAG ! tag:x,2000:\n---\nname: !a x\nsteps: []\n",
        "name: x\n--- \nname: y\n",
        "? [a, b]\n: c\n",
        "&a [*a]: 1\n",
        "name: &n x\nsteps: &s [*s]\n",
        "&r {name: x, steps: *r}\n",
        "a: &a [1]\nb: [" + "*a, ".repeat(200) + "*a]\n",
        "name: x\r\nsteps:\r  - exercise: cat_camel\r\n    reps: 0\r\n",
        "\u00EF\u00BB\u00BFname: x\n",
        "name: x\nsteps:\n  - exercise: cat_camel\n    reps: 1\n    instructions: \"a\\u2028b\"\n",
        // Deeply nested, every way.
        "[".repeat(100_000),
        "[".repeat(5_000) + "]".repeat(5_000),
        "{a: ".repeat(5_000),
        "- ".repeat(5_000) + "x\n",
        "? ".repeat(5_000) + "x\n",
        deepBlockMapping(300),
        "name: x\nsteps:\n  - exercise: cat_camel\n    reps: " + "[".repeat(50) + "\n");
  }

  private static String deepBlockMapping(int depth) {
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      yaml.append(" ".repeat(i)).append("k").append(i).append(":\n");
    }
    return yaml.toString();
  }

  @ParameterizedTest(name = "[{index}]")
  @MethodSource("malformed")
  void malformedFilesArePlaced(String yaml) {
    byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
    String label = yaml.substring(0, Math.min(60, yaml.length()));
    assertTrue(assertLoadsOrIsPlaced(bytes, label), "refused: " + label);
  }

  /** 1 to 6 random edits: bytes flipped, inserted or cut, tokens inserted, lines moved. */
  static byte[] mutate(byte[] original, Random random) {
    List<String> lines =
        new ArrayList<>(List.of(new String(original, StandardCharsets.UTF_8).split("\n", -1)));
    byte[] bytes = original;
    int edits = 1 + random.nextInt(6);
    for (int i = 0; i < edits; i++) {
      int kind = random.nextInt(8);
      if (kind >= 5) {
        // Line edits work on the current text.
        lines = new ArrayList<>(List.of(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
        int at = random.nextInt(lines.size());
        switch (kind) {
          case 5 -> lines.add(random.nextInt(lines.size() + 1), lines.get(at));
          case 6 -> lines.remove(at);
          default -> {
            String line = lines.get(at);
            lines.set(at, random.nextBoolean() ? " " + line : line.stripLeading());
          }
        }
        bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        continue;
      }
      if (bytes.length == 0) {
        bytes = new byte[] {(byte) random.nextInt(256)};
        continue;
      }
      int at = random.nextInt(bytes.length);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      switch (kind) {
        case 0 -> {
          bytes = bytes.clone();
          bytes[at] ^= (byte) (1 << random.nextInt(8));
          continue;
        }
        case 1 -> {
          out.write(bytes, 0, at);
          byte[] noise = new byte[1 + random.nextInt(8)];
          random.nextBytes(noise);
          out.writeBytes(noise);
          out.write(bytes, at, bytes.length - at);
        }
        case 2 -> {
          int end = Math.min(bytes.length, at + 1 + random.nextInt(20));
          out.write(bytes, 0, at);
          out.write(bytes, end, bytes.length - end);
        }
        case 3 -> {
          out.write(bytes, 0, at);
          out.writeBytes(
              TOKENS.get(random.nextInt(TOKENS.size())).getBytes(StandardCharsets.UTF_8));
          out.write(bytes, at, bytes.length - at);
        }
        default -> out.write(bytes, 0, at); // truncated
      }
      bytes = out.toByteArray();
    }
    return bytes;
  }
}
