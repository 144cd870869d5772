package org.posecoach.cli;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.posecoach.models.ModelCatalog;
import org.posecoach.pose.PoseEstimators;
import org.posecoach.source.ImageFiles;

/** The command line as a user meets it: output, files written, exit codes, one-line errors. */
class CliTest {
  /** A photo of a standing person, bundled with the goldens (256×256). */
  private static final Path PERSON = Path.of("models", "goldens", "inputs", "pose.png");

  @TempDir Path dir;

  @Test
  void poseWritesJsonWithNamedPixelKeypointsAndAnAnnotatedImage() throws Exception {
    Path json = dir.resolve("pose.json");
    Path png = dir.resolve("pose.png");
    CliRun r =
        CliRun.of(
            "pose",
            PERSON.toString(),
            "--model",
            "blazepose-full",
            "--json",
            json.toString(),
            "--out",
            png.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertEquals("blazepose-full", root.get("model").asText());
    assertEquals(256, root.get("width").asInt());
    JsonNode person = root.get("persons").get(0);
    assertTrue(person.get("score").asDouble() > 0.5);
    assertEquals(33, person.get("keypoints").size());
    JsonNode shoulder = person.get("keypoints").get(11);
    assertEquals("left_shoulder", shoulder.get("name").asText());
    assertTrue(shoulder.get("x").asDouble() > 0 && shoulder.get("x").asDouble() < 256);
    try (Mat annotated = ImageFiles.readBgr(png)) {
      assertEquals(256, annotated.cols());
    }
  }

  @Test
  void poseWithMoveNetPrintsCocoKeypoints() throws Exception {
    CliRun r = CliRun.of("pose", PERSON.toString(), "--model", "movenet-lightning");
    assertEquals(0, r.exit(), r.err());
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertEquals(17, root.get("persons").get(0).get("keypoints").size());
    assertEquals(
        "right_ankle", root.get("persons").get(0).get("keypoints").get(16).get("name").asText());
  }

  @Test
  void anImageWithoutAPersonGivesAnEmptyResultNotAnError() throws Exception {
    Path empty = dir.resolve("wall.png");
    try (Mat wall = new Mat(240, 320, CV_8UC3, new Scalar(180, 170, 160, 0))) {
      ImageFiles.write(wall, empty);
    }
    for (String model : new String[] {"blazepose-full", "movenet-lightning"}) {
      CliRun r = CliRun.of("pose", empty.toString(), "--model", model);
      assertEquals(0, r.exit(), r.err());
      assertEquals(0, new ObjectMapper().readTree(r.out()).get("persons").size(), model);
      assertTrue(r.err().contains("no person found"), r.err());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"pose", "analyze", "evaluate"})
  void everyModelOptionListsTheBundledModelsAndTheDefault(String command) {
    CliRun r = CliRun.of(command, "--help");
    assertEquals(0, r.exit(), r.err());
    String help = r.out().replaceAll("\\s+", " ");
    for (String id : ModelCatalog.bundled().estimatorIds()) {
      assertTrue(help.contains(id), command + " --help lacks " + id + ": " + help);
    }
    assertTrue(help.contains("(default " + PoseEstimators.DEFAULT_MODEL + ")"), help);
  }

  @Test
  void aMissingImageIsOneLineAndExitCodeOne() {
    CliRun r = CliRun.of("pose", dir.resolve("nope.jpg").toString());
    assertEquals(Main.EXIT_USER_ERROR, r.exit());
    r.assertOneLineError("does not exist");
  }

  @Test
  void aFileThatIsNotAnImageIsOneLineAndExitCodeOne() throws Exception {
    Path fake = dir.resolve("fake.jpg");
    Files.writeString(fake, "this is not a jpeg");
    CliRun r = CliRun.of("pose", fake.toString());
    assertEquals(Main.EXIT_USER_ERROR, r.exit());
    r.assertOneLineError("not an image");
  }

  @Test
  void anUnknownModelListsTheKnownOnes() {
    CliRun r = CliRun.of("pose", PERSON.toString(), "--model", "posenet");
    assertEquals(Main.EXIT_USER_ERROR, r.exit());
    r.assertOneLineError("blazepose-full");
  }

  @Test
  void theDetectorIsNotAPoseModelOnItsOwn() {
    CliRun r = CliRun.of("pose", PERSON.toString(), "--model", "blazepose-detector");
    assertEquals(Main.EXIT_USER_ERROR, r.exit());
    r.assertOneLineError("part of another model");
  }

  @Test
  void benchReportsMedianAndP90PerModelAsJson() throws Exception {
    CliRun r =
        CliRun.of(
            "bench",
            "--model",
            "movenet-lightning",
            "--frames",
            "5",
            "--warmup",
            "1",
            "--image",
            PERSON.toString(),
            "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode result = new ObjectMapper().readTree(r.out()).get(0);
    assertEquals("movenet-lightning", result.get("model").asText());
    double median = result.get("infer_ms_median").asDouble();
    assertTrue(median > 0 && median <= result.get("infer_ms_p90").asDouble());
    assertTrue(result.get("estimate_ms_median").asDouble() >= median);
  }

  @Test
  void modelsListShowsEveryModelAndItsStatus() {
    CliRun r = CliRun.of("models", "list");
    assertEquals(0, r.exit(), r.err());
    for (String id :
        new String[] {
          "movenet-lightning",
          "movenet-thunder",
          "blazepose-detector",
          "blazepose-lite",
          "blazepose-full",
          "blazepose-heavy"
        }) {
      assertTrue(r.out().contains(id), r.out());
    }
  }
}
