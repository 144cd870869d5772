package org.posecoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.posecoach.routine.Routine;
import org.posecoach.testing.TestVideos;
import org.posecoach.ui.Launcher;
import picocli.CommandLine;

/** Bad values and bad files are refused in one line saying what to do; help always works. */
class InputChecksTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"0", "-5", "NaN", "Infinity", "1e9"})
  void aFrameRateThatIsNotAPositiveNumberIsRefused(String fps) {
    CliRun r = CliRun.of("analyze", dir.toString(), "--fps", fps);
    assertEquals(Main.EXIT_USER_ERROR, r.exit(), r.err());
    r.assertOneLineError("--fps must be a frame rate above 0 and at most 1000");
  }

  @ParameterizedTest
  @ValueSource(strings = {"pose", "analyze"})
  void aHugeImageIsRefusedFromItsHeaderBeforeDecoding(String command) throws Exception {
    Path huge = Files.write(dir.resolve("huge.png"), pngHeader(40_000, 40_000));
    CliRun r = CliRun.of(command, huge.toString());
    assertEquals(Main.EXIT_USER_ERROR, r.exit(), r.err());
    r.assertOneLineError("is 40000×40000 pixels (1600 megapixels)");
    assertTrue(r.err().contains("up to 100 megapixels"), r.err());
  }

  @Test
  void aTextFileNamedLikeAnImageSaysItIsNotReadableInPlainWords() throws Exception {
    Path text = Files.writeString(dir.resolve("notes.jpg"), "shopping list\n".repeat(50));
    CliRun r = CliRun.of("analyze", text.toString());
    assertEquals(Main.EXIT_USER_ERROR, r.exit(), r.err());
    r.assertOneLineError("notes.jpg' is not a video or image this app can read (");
    assertFalse(r.err().contains("setFormat"), r.err());
    assertFalse(r.err().contains("audio only"), r.err());
    assertFalse(r.err().contains("avformat"), r.err());
  }

  static List<String> everyCommand() {
    List<String> names = new ArrayList<>();
    collect(Main.commandLine(), "", names);
    return names;
  }

  private static void collect(CommandLine command, String prefix, List<String> names) {
    for (var sub : command.getSubcommands().entrySet()) {
      String name = (prefix + " " + sub.getKey()).strip();
      names.add(name);
      collect(sub.getValue(), name, names);
    }
  }

  @ParameterizedTest
  @MethodSource("everyCommand")
  void everySubcommandPrintsItsHelp(String command) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.add("--help");
    CliRun r = CliRun.of(args.toArray(String[]::new));
    assertEquals(0, r.exit(), command + ": " + r.err());
    assertTrue(r.out().contains("Usage: pose-coach " + command), r.out());
  }

  @Test
  void theModelsSubcommandsAreAmongThoseWithHelp() {
    assertTrue(everyCommand().containsAll(List.of("models list", "models fetch", "models path")));
  }

  @Test
  void aRoutineIdIsLookedUpInTheRoutinesFolder() {
    Routine routine =
        new RoutineChoice("morning-low-back", Launcher.defaultRoutinesFolder()).load();
    assertFalse(routine.steps().isEmpty());
  }

  @Test
  void anUnknownRoutineIdListsTheKnownOnes() throws Exception {
    Path clip = TestVideos.write(dir.resolve("clip.mp4"), 3, 64, 48, 10);
    CliRun r = CliRun.of("analyze", clip.toString(), "--routine", "evening-stretch");
    assertEquals(Main.EXIT_USER_ERROR, r.exit(), r.err());
    r.assertOneLineError("unknown routine 'evening-stretch'");
    assertTrue(r.err().contains("morning-low-back"), r.err());
  }

  @Test
  void analyzeWithoutAnExerciseSaysHowToCountOne() throws Exception {
    Path clip = TestVideos.write(dir.resolve("clip.mp4"), 5, 160, 120, 10);
    CliRun r = CliRun.of("analyze", clip.toString(), "--model", "movenet-lightning");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("note: nothing was counted: add --exercise ID ("), r.err());
    assertTrue(r.err().contains("cat_camel"), r.err());
  }

  @Test
  void anUnreadableImageInAFolderIsSkippedWithOneWarning() throws Exception {
    Path frames = Files.createDirectories(dir.resolve("frames"));
    try (Mat grey = new Mat(120, 160, org.bytedeco.opencv.global.opencv_core.CV_8UC3);
        Scalar colour = new Scalar(120, 120, 120, 0)) {
      grey.put(colour);
      for (int i : new int[] {1, 2, 4}) {
        assertTrue(opencv_imgcodecs.imwrite(frames.resolve("f" + i + ".png").toString(), grey));
      }
    }
    Files.writeString(frames.resolve("f3.png"), "not a picture");
    Path csv = dir.resolve("k.csv");
    CliRun r =
        CliRun.of(
            "analyze", frames.toString(), "--model", "movenet-lightning", "--csv", csv.toString());
    assertEquals(0, r.exit(), r.err());
    List<String> warnings = r.err().lines().filter(line -> line.startsWith("warning: ")).toList();
    assertEquals(1, warnings.size(), r.err());
    assertTrue(warnings.get(0).contains("skipped f3.png"), warnings.get(0));
    assertEquals(1 + 3, Files.readAllLines(csv).size(), "header and the three readable frames");
  }

  /** A PNG that is only its signature, IHDR and IEND: the size is in the header, no pixels. */
  private static byte[] pngHeader(int width, int height) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream png = new DataOutputStream(bytes);
    png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
    DataOutputStream fields = new DataOutputStream(ihdr);
    fields.writeInt(width);
    fields.writeInt(height);
    fields.write(new byte[] {8, 2, 0, 0, 0}); // 8-bit RGB, deflate, no filter, no interlace
    chunk(png, "IHDR", ihdr.toByteArray());
    chunk(png, "IEND", new byte[0]);
    return bytes.toByteArray();
  }

  private static void chunk(DataOutputStream png, String type, byte[] data) throws Exception {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    png.writeInt(data.length);
    png.write(name);
    png.write(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    png.writeInt((int) crc.getValue());
  }
}
