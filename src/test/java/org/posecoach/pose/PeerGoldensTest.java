package org.posecoach.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.Test;
import org.posecoach.pose.smoothing.KeypointFilter;
import org.posecoach.pose.smoothing.OneEuroKeypointFilter;
import org.posecoach.source.ImageFiles;
import org.posecoach.testing.Models;
import org.posecoach.testing.SharedData;
import org.posecoach.testing.VideoFrames;

/**
 * The expectations of the TF.js pose-detection package's own tests (MediaPipe's reference results,
 * in {@code ../shared/data/goldens/}), met with the same tolerances: every coordinate within the
 * peer's epsilon, on every keypoint of every frame.
 */
class PeerGoldensTest {
  /** pose-detection's BlazePose video test: 28 px and 0.19 m (blazepose_tfjs test). */
  private static final double SQUATS_TOLERANCE_PX = 28;

  private static final double SQUATS_TOLERANCE_WORLD_M = 0.19;

  /** pose-detection's MoveNet video test: 60 px. */
  private static final double POSE_1_TOLERANCE_PX = 60;

  /** The reference ran its filters as if frames were 1/30 s apart, whatever the clip's rate. */
  private static final long REFERENCE_FRAME_NANOS = 33_333_333;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void blazePoseFullMatchesMediaPipeOnPoseJpg() throws Exception {
    JsonNode expected =
        JSON.readTree(SharedData.require("goldens/pose_jpg_expected_blazepose.json").toFile());
    double tolerance = expected.get("tolerance_px").asDouble();
    double worldTolerance = expected.get("tolerance_world_m").asDouble();
    try (PoseEstimator estimator = Models.open("blazepose-full");
        Mat image = ImageFiles.readBgr(SharedData.require("goldens/pose.jpg"))) {
      Pose pose = estimator.estimate(image, 0).orElseThrow(() -> new AssertionError("no pose"));
      assertClose(
          pose.keypoints(), xy(expected.get("expected_landmarks_px")), tolerance, "pose.jpg");
      JsonNode world = expected.get("expected_world_landmarks_m");
      for (int i = 0; i < world.size(); i++) {
        Keypoint w = pose.worldKeypoints().get(i);
        for (int c = 0; c < 3; c++) {
          double actual = c == 0 ? w.x() : c == 1 ? w.y() : w.z();
          assertEquals(
              world.get(i).get(c).asDouble(), actual, worldTolerance, "world " + w.joint());
        }
      }
    }
  }

  @Test
  void blazePoseFullTracksPoseSquatsFrameByFrame() throws Exception {
    JsonNode expected = JSON.readTree(SharedData.require("goldens/pose_squats.full.json").toFile());
    JsonNode expected3d =
        JSON.readTree(SharedData.require("goldens/pose_squats_3d.full.json").toFile());
    Path video = SharedData.require("goldens/pose_squats.mp4");
    KeypointFilter filter =
        new OneEuroKeypointFilter(OneEuroKeypointFilter.Settings.MEDIAPIPE_POSE);
    try (PoseEstimator estimator = Models.open("blazepose-full")) {
      int[] detectorRuns = {0};
      int frames =
          VideoFrames.forEach(
              video,
              (index, bgr) -> {
                Optional<Pose> found = estimator.estimate(bgr, index * REFERENCE_FRAME_NANOS);
                if (estimator.lastTimings().detectorNanos() > 0) {
                  detectorRuns[0]++; // the frame's time says whether the detector ran
                }
                assertTrue(found.isPresent(), "no pose in frame " + index);
                Pose pose = filter.apply(found.get());
                assertClose(
                    pose.keypoints(),
                    xy(expected.get(index)),
                    SQUATS_TOLERANCE_PX,
                    "frame " + index);
                JsonNode world = expected3d.get(index);
                for (int i = 0; i < world.size(); i++) {
                  Keypoint w = pose.worldKeypoints().get(i);
                  double worst =
                      Math.max(
                          Math.abs(w.x() - world.get(i).get(0).asDouble()),
                          Math.max(
                              Math.abs(w.y() - world.get(i).get(1).asDouble()),
                              Math.abs(w.z() - world.get(i).get(2).asDouble())));
                  assertTrue(
                      worst <= SQUATS_TOLERANCE_WORLD_M,
                      "frame " + index + " world " + w.joint() + " off by " + worst + " m");
                }
              });
      assertEquals(expected.size(), frames, "frames decoded");
      BlazeDetectorRuns.assertRare(detectorRuns[0], frames);
    }
  }

  @Test
  void moveNetLightningTracksPose1FrameByFrame() throws Exception {
    assertPose1("movenet-lightning");
  }

  @Test
  void blazePoseFullTracksPose1FrameByFrame() throws Exception {
    assertPose1("blazepose-full");
  }

  /** pose_1.json names COCO keypoints; each model is checked on the ones it has. */
  private static void assertPose1(String model) throws Exception {
    JsonNode expected = JSON.readTree(SharedData.require("goldens/pose_1.json").toFile());
    try (PoseEstimator estimator = Models.open(model)) {
      int frames =
          VideoFrames.forEach(
              SharedData.require("goldens/pose_1.mp4"),
              (index, bgr) -> {
                Pose pose =
                    estimator
                        .estimate(bgr, index * REFERENCE_FRAME_NANOS)
                        .orElseThrow(() -> new AssertionError("no pose in frame " + index));
                JsonNode named = expected.get(index);
                int compared = 0;
                for (Keypoint k : pose.keypoints()) {
                  JsonNode e = named.get(k.joint().snakeName());
                  if (e == null) {
                    continue;
                  }
                  compared++;
                  double worst =
                      Math.max(
                          Math.abs(k.x() - e.get("x").asDouble()),
                          Math.abs(k.y() - e.get("y").asDouble()));
                  assertTrue(
                      worst <= POSE_1_TOLERANCE_PX,
                      model + " frame " + index + " " + k.joint() + " off by " + worst + " px");
                }
                assertEquals(17, compared, "COCO keypoints compared");
              });
      assertEquals(expected.size(), frames, "frames decoded");
    }
  }

  private static List<double[]> xy(JsonNode points) {
    List<double[]> out = new ArrayList<>();
    for (JsonNode p : points) {
      out.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()});
    }
    return out;
  }

  private static void assertClose(
      List<Keypoint> actual, List<double[]> expected, double tolerance, String where) {
    assertEquals(expected.size(), actual.size(), where + " keypoint count");
    for (int i = 0; i < expected.size(); i++) {
      Keypoint k = actual.get(i);
      double worst =
          Math.max(Math.abs(k.x() - expected.get(i)[0]), Math.abs(k.y() - expected.get(i)[1]));
      assertTrue(
          worst <= tolerance,
          where + " " + k.joint() + " off by " + worst + " px (tolerance " + tolerance + ")");
    }
  }

  /** Tracking means the detector runs on the first frame and seldom after. */
  private static final class BlazeDetectorRuns {
    static void assertRare(int runs, int frames) {
      assertTrue(
          runs >= 1 && runs <= Math.max(2, frames / 10),
          "detector ran " + runs + " times in " + frames + " frames");
    }
  }
}
