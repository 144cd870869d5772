package org.posecoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command given a bad path — missing, empty, a folder, huge, random bytes, or its own input
 * as output — answers with one {@code error:} line and exit code 1, and changes no file that was
 * there before. No case gets as far as running a model.
 */
class RobustnessTest {
  /** What a sparse "huge" file claims to hold; nothing is written, so it costs no disk. */
  private static final long HUGE_BYTES = 4L << 30;

  /** What the command is given in place of a good file. */
  enum BadPath {
    MISSING,
    EMPTY,
    FOLDER,
    HUGE,
    RANDOM_BYTES;

    /** Makes the bad path, named {@code name} (its extension matters to some commands). */
    Path create(Path dir, String name) throws Exception {
      Path path = dir.resolve(name);
      switch (this) {
        case MISSING -> {}
        case EMPTY -> Files.createFile(path);
        case FOLDER -> Files.createDirectories(path);
        case HUGE -> {
          try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
            file.setLength(HUGE_BYTES);
          }
        }
        case RANDOM_BYTES -> {
          byte[] bytes = new byte[64 * 1024];
          new Random(name.hashCode()).nextBytes(bytes);
          Files.write(path, bytes);
        }
      }
      return path;
    }
  }

  /** A command line with one slot for the bad path, and the file name the path gets. */
  record Command(String label, String fileName, Function<String, String[]> args) {
    @Override
    public String toString() {
      return label;
    }
  }

  private static final List<Command> COMMANDS =
      List.of(
          new Command("pose IMAGE", "photo.jpg", p -> new String[] {"pose", p}),
          new Command("pose IMAGE.png", "photo.png", p -> new String[] {"pose", p}),
          new Command("analyze VIDEO", "clip.mp4", p -> new String[] {"analyze", p}),
          new Command(
              "analyze --routine FILE",
              "mine.yaml",
              p -> new String[] {"analyze", "unused.mp4", "--routine", p}),
          new Command("evaluate FOLDER", "clips", p -> new String[] {"evaluate", p}),
          new Command(
              "bench --image FILE", "sample.png", p -> new String[] {"bench", "--image", p}),
          new Command(
              "bench --motion VIDEO",
              "clip.mp4",
              p -> new String[] {"bench", "--motion", p, "--exercise", "cat_camel"}),
          new Command("history --db FILE", "history.db", p -> new String[] {"history", "--db", p}),
          new Command(
              "history export --db FILE",
              "history.db",
              p -> new String[] {"history", "--db", p, "export", "--format", "json"}),
          new Command(
              "history trends --db FILE",
              "history.db",
              p -> new String[] {"history", "--db", p, "trends"}));

  /** Paths that are fine to read as nothing: a missing or empty history is one without sessions. */
  private static boolean readsAsEmptyHistory(Command command, BadPath bad) {
    return command.label().startsWith("history")
        && (bad == BadPath.MISSING || bad == BadPath.EMPTY);
  }

  static Stream<Arguments> badPaths() {
    List<Arguments> cases = new ArrayList<>();
    for (Command command : COMMANDS) {
      for (BadPath bad : BadPath.values()) {
        cases.add(Arguments.of(command, bad));
      }
    }
    return cases.stream();
  }

  @TempDir Path dir;

  @ParameterizedTest(name = "{0} given a {1} path")
  @MethodSource("badPaths")
  void aBadPathIsOneLineAndChangesNothing(Command command, BadPath bad) throws Exception {
    Path path = bad.create(dir, command.fileName());
    Map<Path, String> before = hashes();
    CliRun r = CliRun.of(command.args().apply(path.toString()));
    if (readsAsEmptyHistory(command, bad)) {
      assertEquals(0, r.exit(), r.err());
    } else {
      assertEquals(Main.EXIT_USER_ERROR, r.exit(), r.out() + r.err());
      assertOneLine(r);
    }
    assertEquals(before, hashes(), "files before and after");
  }

  static Stream<Arguments> outputsOverInputs() {
    return Stream.of(
        Arguments.of("analyze", List.of("analyze", "IN", "--out", "IN"), "clip.mp4"),
        Arguments.of("analyze --csv", List.of("analyze", "IN", "--csv", "IN"), "clip.mp4"),
        Arguments.of("analyze --trace", List.of("analyze", "IN", "--trace", "IN"), "clip.mp4"),
        Arguments.of(
            "analyze --routine",
            List.of("analyze", "clip.mp4", "--routine", "IN", "--json", "IN"),
            "mine.yaml"),
        Arguments.of("pose --out", List.of("pose", "IN", "--out", "IN"), "photo.png"),
        Arguments.of("pose --json", List.of("pose", "IN", "--json", "IN"), "photo.png"),
        Arguments.of(
            "bench --profile", List.of("bench", "--image", "IN", "--profile", "IN"), "photo.png"),
        Arguments.of(
            "history export", List.of("history", "--db", "IN", "export", "--out", "IN"), "h.db"));
  }

  @ParameterizedTest(name = "{0} writing over its input")
  @MethodSource("outputsOverInputs")
  void anOutputThatIsTheInputIsOneLineAndChangesNothing(
      String label, List<String> template, String name) throws Exception {
    Path input = BadPath.RANDOM_BYTES.create(dir, name);
    Map<Path, String> before = hashes();
    // Through a relative path with "..", so that only the file system can tell they are the same.
    String other = dir.resolve("sub").resolve("..").resolve(name).toString();
    Files.createDirectories(dir.resolve("sub"));
    List<String> args = new ArrayList<>();
    boolean first = true;
    for (String arg : template) {
      if (arg.equals("IN")) {
        args.add(first ? input.toString() : other);
        first = false;
      } else {
        args.add(arg);
      }
    }
    CliRun r = CliRun.of(args.toArray(String[]::new));
    assertEquals(Main.EXIT_USER_ERROR, r.exit(), r.err());
    assertOneLine(r);
    assertTrue(r.err().contains("writing it would destroy the input"), r.err());
    before.put(dir.resolve("sub"), "folder");
    assertEquals(before, hashes(), "files before and after");
  }

  private static void assertOneLine(CliRun r) {
    String text = r.err().strip();
    assertTrue(text.startsWith("error: "), text);
    assertFalse(text.contains("\n"), "one line expected: " + text);
    assertFalse(text.contains("Exception"), "no exception text: " + text);
    assertFalse(text.contains("\tat "), "no stack trace: " + text);
  }

  /** Every file under the test folder with a digest of its content ("folder" for a folder). */
  private Map<Path, String> hashes() throws Exception {
    Map<Path, String> hashes = new TreeMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.filter(p -> !p.equals(dir)).toList()) {
        hashes.put(p, Files.isDirectory(p) ? "folder" : digest(p));
      }
    }
    return hashes;
  }

  private static String digest(Path file) throws Exception {
    if (Files.size(file) > 1 << 20) {
      // A sparse huge file: its length and its first mebibyte are what a command could change.
      try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
        byte[] head = new byte[1 << 20];
        in.readFully(head);
        return Files.size(file) + ":" + HexFormat.of().formatHex(sha256(head));
      }
    }
    return HexFormat.of().formatHex(sha256(Files.readAllBytes(file)));
  }

  private static byte[] sha256(byte[] bytes) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(bytes);
  }
}
