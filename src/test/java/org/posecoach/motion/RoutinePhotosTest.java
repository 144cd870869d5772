package org.posecoach.motion;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.posecoach.motion.body.BodyFrame;
import org.posecoach.motion.body.BodyScaleEstimator;
import org.posecoach.motion.rep.Thresholds;
import org.posecoach.motion.signal.ExerciseSignal;
import org.posecoach.motion.signal.ExerciseSignals;
import org.posecoach.motion.signal.SignalShape;
import org.posecoach.pose.Pose;
import org.posecoach.pose.PoseEstimator;

/**
 * Issue item 6: a real person's start and end photos of each exercise lie on opposite sides of the
 * exercise's repetition thresholds. The start photo plays the learnt start value; the end photo
 * must then be past the end threshold an uncalibrated user is held to, in the exercise's direction.
 */
class RoutinePhotosTest {

  private static Pose pose(PoseEstimator estimator, Path image) {
    Mat bgr = opencv_imgcodecs.imread(image.toString());
    try {
      return estimator
          .estimate(bgr, 0)
          .orElseThrow(() -> new AssertionError("no pose in " + image));
    } finally {
      bgr.close();
    }
  }

  private static double value(ExerciseSignal signal, Pose pose) {
    double px = BodyScaleEstimator.measureTorsoLengthPx(pose).orElseThrow();
    return signal
        .measure(new BodyFrame(pose, px))
        .orElseThrow(() -> new AssertionError(signal.name() + " unreadable"))
        .value();
  }

  /**
   * @param direction +1 the end position is at higher values, -1 at lower, 0 either (sided)
   */
  @ParameterizedTest(name = "{0}: start and end are on opposite sides of the {1} thresholds")
  @CsvSource({
    "Cat_Stretch, CAT_CAMEL, -1",
    "Hug_Knees_To_Chest, KNEES_TO_CHEST, 1",
    "Ankle_On_The_Knee, KNEES_TO_CHEST, 1",
    "One_Knee_To_Chest, GLUTE_STRETCH, 0",
    "Knee_Across_The_Body, GLUTE_STRETCH, 0",
    "Childs_Pose, PRAYER_STRETCH, 1"
  })
  void startAndEndAreOnOppositeSidesOfTheThresholds(
      String folder, ExerciseId exercise, int direction) {
    Path dir = Path.of("photos", "routine-positions", folder);
    assumeTrue(RealPoseEstimators.dataPresent(dir), "shared photos not found: " + dir);
    Optional<PoseEstimator> estimator = RealPoseEstimators.open();
    assumeTrue(estimator.isPresent(), RealPoseEstimators.skipMessage());
    try (PoseEstimator e = estimator.get()) {
      ExerciseSignal signal = ExerciseSignals.forExercise(exercise, CameraView.SIDE);
      Path base = RealPoseEstimators.DATA.resolve(dir);
      double start = value(signal, pose(e, base.resolve("0.jpg")));
      e.reset();
      double end = value(signal, pose(e, base.resolve("1.jpg")));
      double moved = direction == 0 ? Math.abs(end - start) : direction * (end - start);
      boolean positive = signal.shape() == SignalShape.TWO_ENDS ? direction > 0 : true;
      double minRange =
          ExerciseSettings.defaults(exercise).minRangeFraction() * signal.nominalRange(positive);
      double enter = Thresholds.of(signal.nominalRange(positive), minRange, false).enter();
      assertTrue(
          moved >= enter,
          folder
              + ": "
              + signal.name()
              + " moved "
              + moved
              + " "
              + signal.unit()
              + ", end threshold "
              + enter);
    }
  }
}
