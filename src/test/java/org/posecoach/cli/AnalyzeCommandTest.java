package org.posecoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.ExerciseSettings;
import org.posecoach.routine.Routine;
import org.posecoach.routine.RoutineLoader;
import org.posecoach.session.SessionEngine;
import org.posecoach.testing.SharedData;
import org.posecoach.testing.TestVideos;
import org.posecoach.testing.VideoFrames;

/** {@code analyze} on good and bad input: outputs written, exit codes, one-line errors. */
class AnalyzeCommandTest {

  // The synthetic grid and the tuning tools run the motion stage's defaults; users run a routine
  // step. They must be the same settings, or what was measured is not what users get.
  @ParameterizedTest
  @EnumSource(ExerciseId.class)
  void anExerciseOnItsOwnRunsTheMotionStagesDefaults(ExerciseId id) {
    Routine single =
        RoutineLoader.load(AnalyzeCommand.singleExerciseRoutine(id), "--exercise " + id.id());
    assertEquals(
        ExerciseSettings.defaults(id), SessionEngine.settingsFor(single.steps().get(0), single));
  }

  @TempDir Path dir;

  @Test
  void aVideoGivesAReportKeypointsPerFrameAndAnAnnotatedVideo() throws Exception {
    Path video = TestVideos.write(dir.resolve("clip.mp4"), 40, 320, 240, 20);
    Path json = dir.resolve("report.json");
    Path csv = dir.resolve("keypoints.csv");
    Path out = dir.resolve("annotated.mp4");
    CliRun r =
        CliRun.of(
            "analyze",
            video.toString(),
            "--model",
            "movenet-lightning",
            "--json",
            json.toString(),
            "--csv",
            csv.toString(),
            "--out",
            out.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    assertEquals(40, report.get("frames").asInt());
    assertEquals(20.0, report.get("fps").asDouble(), 0.01);
    assertEquals("movenet-lightning", report.get("model").asText());
    assertTrue(report.get("processing_fps").asDouble() > 0);
    assertTrue(report.get("steps").isArray());
    List<String> rows = Files.readAllLines(csv);
    assertEquals(41, rows.size(), "header + one row per frame");
    assertTrue(rows.get(0).startsWith("frame,t_s,pose_score,nose_x,nose_y,nose_score"));
    assertEquals(3 + 17 * 3, rows.get(0).split(",", -1).length);
    assertEquals(40, VideoFrames.forEach(out, (i, m) -> assertEquals(320, m.cols())));
  }

  @Test
  void catCamelWithAModelThatGivesNoMaskIsRefusedWithWhatToChoose() throws Exception {
    Path video = TestVideos.write(dir.resolve("clip.mp4"), 10, 320, 240, 20);
    CliRun r =
        CliRun.of(
            "analyze", video.toString(), "--exercise", "cat_camel", "--model", "movenet-lightning");
    assertEquals(Main.EXIT_USER_ERROR, r.exit());
    r.assertOneLineError("only the BlazePose models give: choose the model blazepose-full");
  }

  @Test
  void eachStepSaysWhatTheCoachSaw() throws Exception {
    Path video = TestVideos.write(dir.resolve("clip.mp4"), 40, 320, 240, 20);
    Path json = dir.resolve("report.json");
    CliRun r =
        CliRun.of(
            "analyze",
            video.toString(),
            "--exercise",
            "prayer_stretch",
            "--model",
            "movenet-lightning",
            "--json",
            json.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode step = new ObjectMapper().readTree(json.toFile()).get("steps").get(0);
    assertEquals(0, step.get("reps").asInt());
    assertTrue(
        step.get("reason").asText().startsWith("Nothing counted: "), step.get("reason").asText());
  }

  @Test
  void aMissingVideoIsOneLineWithExitCodeOne() {
    CliRun r = CliRun.of("analyze", dir.resolve("nope.mp4").toString());
    assertEquals(Main.EXIT_USER_ERROR, r.exit());
    r.assertOneLineError("does not exist");
  }

  @Test
  void aCorruptVideoIsOneLineWithExitCodeOne() throws Exception {
    Path junk = dir.resolve("junk.mp4");
    byte[] bytes = new byte[10_000];
    new java.util.Random(3).nextBytes(bytes);
    Files.write(junk, bytes);
    CliRun r = CliRun.of("analyze", junk.toString());
    assertEquals(Main.EXIT_USER_ERROR, r.exit());
    r.assertOneLineError("is not a video or image this app can read");
  }

  @Test
  void aTruncatedVideoKeepsWhatWasAnalysedUnderPartialNames() throws Exception {
    Path whole = TestVideos.write(dir.resolve("whole.mkv"), 60, 160, 120, 30);
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = dir.resolve("cut.mkv");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
    Path json = dir.resolve("report.json");
    Path csv = dir.resolve("keypoints.csv");
    Files.writeString(csv, "an earlier run's keypoints\n");
    CliRun r =
        CliRun.of(
            "analyze",
            cut.toString(),
            "--model",
            "movenet-lightning",
            "--json",
            json.toString(),
            "--csv",
            csv.toString());
    assertEquals(AnalyzeCommand.EXIT_PARTIAL, r.exit(), r.err());
    assertTrue(r.err().contains("truncated"), r.err());
    assertTrue(r.err().contains("keypoints.partial.csv"), r.err());
    assertFalse(Files.exists(json), "the report of a broken clip is not under the name asked for");
    assertEquals(List.of("an earlier run's keypoints"), Files.readAllLines(csv));
    JsonNode report = new ObjectMapper().readTree(dir.resolve("report.partial.json").toFile());
    int frames = report.get("frames").asInt();
    assertTrue(frames > 5 && frames < 60, "frames " + frames);
    assertTrue(report.get("error").asText().contains("truncated"));
    assertEquals(
        frames + 1,
        Files.readAllLines(dir.resolve("keypoints.partial.csv")).size(),
        "every analysed frame is in the partial CSV");
  }

  @Test
  void aVideoWithoutFramesSaysSo() throws Exception {
    Path empty = TestVideos.write(dir.resolve("empty.mkv"), 0, 160, 120, 30);
    CliRun r = CliRun.of("analyze", empty.toString(), "--model", "movenet-lightning");
    assertEquals(Main.EXIT_USER_ERROR, r.exit());
    assertTrue(
        r.err().contains("no video frames") || r.err().contains("empty or truncated"), r.err());
  }

  /**
   * The trace of a rendered clip of quick cat-camels: a row per counted frame in time order, and
   * the movement reaching an end at least once for every repetition the report counts.
   */
  @Test
  void aTraceWritesTheSignalOfEveryCountedFrame() throws Exception {
    Path video = SharedData.require("rendered/cat_camel_fast_5reps.mp4");
    Path json = dir.resolve("report.json");
    Path trace = dir.resolve("trace.csv");
    CliRun r =
        CliRun.of(
            "analyze",
            video.toString(),
            "--exercise",
            "cat_camel",
            "--json",
            json.toString(),
            "--trace",
            trace.toString());
    assertEquals(0, r.exit(), r.err());
    List<String> rows = Files.readAllLines(trace);
    assertEquals(
        "t_s,view,signal,raw,smoothed,start,enter_high,exit_high,exit_low,enter_low,phase",
        rows.get(0));
    assertTrue(rows.size() > 100, rows.size() + " rows");
    double lastTime = -1;
    int arrivals = 0;
    String lastPhase = "rest";
    for (String row : rows.subList(1, rows.size())) {
      String[] cells = row.split(",", -1);
      assertEquals(11, cells.length, row);
      double t = Double.parseDouble(cells[0]);
      assertTrue(t > lastTime, "in time order: " + row);
      lastTime = t;
      assertEquals("side", cells[1], row);
      String phase = cells[10];
      assertTrue(List.of("rest", "outward", "at_end", "returning").contains(phase), row);
      if (phase.equals("at_end") && !lastPhase.equals("at_end")) {
        arrivals++;
      }
      lastPhase = phase;
    }
    int reps = new ObjectMapper().readTree(json.toFile()).get("steps").get(0).get("reps").asInt();
    assertTrue(reps > 0, "reps " + reps);
    assertTrue(arrivals >= reps, arrivals + " arrivals at the end for " + reps + " reps");
  }

  @Test
  void aTraceNeedsAnExercise() {
    CliRun r = CliRun.of("analyze", "whatever.mp4", "--trace", dir.resolve("t.csv").toString());
    assertEquals(Main.EXIT_USER_ERROR, r.exit());
    r.assertOneLineError("add --exercise ID or --routine FILE");
  }

  @Test
  void anUnwritableOutputIsRefusedBeforeAnyWork() {
    CliRun r =
        CliRun.of(
            "analyze", "whatever.mp4", "--json", dir.resolve("no/such/folder/r.json").toString());
    assertEquals(Main.EXIT_USER_ERROR, r.exit());
    r.assertOneLineError("does not exist");
  }
}
