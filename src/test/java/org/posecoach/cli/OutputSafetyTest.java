package org.posecoach.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posecoach.testing.TestVideos;

/** Outputs never destroy an input, another output, or the files of an earlier run. */
class OutputSafetyTest {
  @TempDir Path dir;

  @Test
  void anOutputThatIsTheInputVideoIsRefusedAndTheVideoKept() throws Exception {
    Path video = Files.write(dir.resolve("c.mp4"), new byte[] {1, 2, 3});
    video.toFile().setReadOnly();
    CliRun same =
        CliRun.of(
            "analyze", video.toString(), "--exercise", "cat_camel", "--out", video.toString());
    assertEquals(Main.EXIT_USER_ERROR, same.exit());
    same.assertOneLineError("--out " + video + " is the input VIDEO|FOLDER");
    assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(video));
  }

  @Test
  void aSymbolicLinkOrDottedPathToTheInputClashesToo() throws Exception {
    Path video = Files.write(dir.resolve("c.mp4"), new byte[] {1, 2, 3});
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), video);
    Files.createDirectories(dir.resolve("sub"));
    String dotted = dir.resolve("sub").resolve("..").resolve("c.mp4").toString();
    CliRun viaLink = CliRun.of("analyze", video.toString(), "--csv", link.toString());
    viaLink.assertOneLineError("--csv " + link + " is the input");
    CliRun viaDots =
        CliRun.of("analyze", video.toString(), "--trace", dotted, "--exercise", "cat_camel");
    assertEquals(Main.EXIT_USER_ERROR, viaDots.exit());
    viaDots.assertOneLineError("--trace " + dotted + " is the input");
    assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(video));
  }

  @Test
  void twoOutputsNamingOneFileAreRefused() {
    String report = dir.resolve("report").toString();
    CliRun r = CliRun.of("analyze", "clip.mp4", "--csv", report, "--json", report);
    assertEquals(Main.EXIT_USER_ERROR, r.exit());
    r.assertOneLineError("--json and --csv both name " + report);
  }

  @Test
  void poseOutputsCannotBeTheImage() throws Exception {
    Path image = Files.write(dir.resolve("me.png"), new byte[] {9});
    CliRun r = CliRun.of("pose", image.toString(), "--json", image.toString());
    assertEquals(Main.EXIT_USER_ERROR, r.exit());
    r.assertOneLineError("--json " + image + " is the input IMAGE");
    assertArrayEquals(new byte[] {9}, Files.readAllBytes(image));
  }

  @Test
  void aHistoryExportOverTheDatabaseIsRefused() throws Exception {
    Path db = Files.write(dir.resolve("history.db"), new byte[] {7, 7});
    CliRun r = CliRun.of("history", "--db", db.toString(), "export", "--out", db.toString());
    assertEquals(Main.EXIT_USER_ERROR, r.exit());
    r.assertOneLineError("--out " + db + " is the input --db");
    assertArrayEquals(new byte[] {7, 7}, Files.readAllBytes(db));
  }

  /**
   * A real interruption: analyze in its own JVM, stopped by SIGINT (or SIGTERM where the JVM was
   * started with SIGINT ignored) once its temporary outputs have bytes in them.
   */
  @Test
  void anInterruptedAnalyzeLeavesTheEarlierOutputsByteIdentical() throws Exception {
    Path clip = TestVideos.write(dir.resolve("long.mkv"), 3000, 160, 120, 30);
    Path out = Files.createDirectories(dir.resolve("out"));
    byte[] oldCsv = "frame,t_s\n0,0.0\n".getBytes();
    byte[] oldVideo = Files.readAllBytes(TestVideos.write(out.resolve("old.mp4"), 5, 64, 48, 5));
    Files.write(out.resolve("old.csv"), oldCsv);
    Process analyze =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "analyze",
                clip.toString(),
                "--model",
                "movenet-lightning",
                "--csv",
                out.resolve("old.csv").toString(),
                "--out",
                out.resolve("old.mp4").toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("log.txt").toFile())
            .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (stagedBytes(out) == 0) {
        assertTrue(analyze.isAlive(), "analyze ended before it was interrupted: " + log());
        assertTrue(System.nanoTime() < deadline, "no output after 120 s: " + log());
        Thread.sleep(50);
      }
      new ProcessBuilder("kill", "-INT", Long.toString(analyze.pid())).start().waitFor();
      if (!analyze.waitFor(20, TimeUnit.SECONDS)) {
        analyze.destroy(); // SIGTERM: the same shutdown hooks
      }
      assertTrue(analyze.waitFor(30, TimeUnit.SECONDS), "analyze did not stop: " + log());
    } finally {
      analyze.destroyForcibly();
    }
    assertTrue(analyze.exitValue() != 0, "interrupted, not finished: " + log());
    assertArrayEquals(oldCsv, Files.readAllBytes(out.resolve("old.csv")));
    assertArrayEquals(oldVideo, Files.readAllBytes(out.resolve("old.mp4")));
    assertEquals(List.of("old.csv", "old.mp4"), names(out), "no temporary file left");
  }

  /** Bytes in the hidden temporary files analyze writes beside its targets. */
  private static long stagedBytes(Path folder) throws Exception {
    long bytes = 0;
    for (String name : names(folder)) {
      if (name.startsWith(".")) {
        bytes += new File(folder.toFile(), name).length();
      }
    }
    return bytes;
  }

  private static List<String> names(Path folder) throws Exception {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private String log() throws Exception {
    return Files.readString(dir.resolve("log.txt"));
  }
}
