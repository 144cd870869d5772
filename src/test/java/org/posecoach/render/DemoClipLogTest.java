package org.posecoach.render;

import static java.util.stream.Collectors.joining;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Making the demo clip prints nothing of FFmpeg's own (its stream dump, the encoder's warnings)
 * unless asked for with {@code --verbose}. FFmpeg writes to the process's stderr from native code,
 * out of Java's reach, so the clip is rendered in a child process whose stderr is read.
 */
class DemoClipLogTest {
  /** Generous for a cold JVM loading FFmpeg on a busy 2-core machine; it takes a few seconds. */
  private static final long WAIT_SECONDS = 120;

  /** A line FFmpeg prints at its default level whenever it opens an output file. */
  private static final String FFMPEG_OUTPUT_DUMP = "Output #0";

  @TempDir Path dir;

  @Test
  void renderingTheDemoClipPrintsNoFfmpegLinesByDefault() throws Exception {
    String stderr = render("quiet");
    // A JVM started with JAVA_TOOL_OPTIONS in the environment says so on stderr; that line is not
    // FFmpeg's.
    String others =
        stderr.lines().filter(line -> !line.startsWith("Picked up ")).collect(joining("\n"));
    assertEquals("", others, "FFmpeg's own lines reached the user");
  }

  @Test
  void verbosePrintsFfmpegsOwnLines() throws Exception {
    String stderr = render("verbose");
    assertTrue(stderr.contains(FFMPEG_OUTPUT_DUMP), "expected FFmpeg's stream dump: " + stderr);
  }

  private String render(String mode) throws Exception {
    Path clip = dir.resolve(mode + ".mp4");
    Path stderr = dir.resolve(mode + "-stderr.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                RenderDemoClipMain.class.getName(),
                clip.toString(),
                mode)
            .redirectErrorStream(false)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(stderr.toFile())
            .start();
    assertTrue(child.waitFor(WAIT_SECONDS, TimeUnit.SECONDS), "the renderer did not finish");
    String printed = Files.readString(stderr);
    assertEquals(0, child.exitValue(), printed);
    assertTrue(Files.size(clip) > 0, "no clip was written");
    return printed;
  }
}
