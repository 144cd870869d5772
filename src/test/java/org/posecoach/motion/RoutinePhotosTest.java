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
import org.posecoach.motion.vocabulary.CameraView;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.ExerciseSettings;
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
   * @param start the start position's photo, relative to the photo folder
   * @param end the end position's photo
   * @param direction +1 the end position is at higher values, -1 at lower, 0 either (sided)
   */
  @ParameterizedTest(
      name = "{2}: {0} (start) and {1} (end) lie on opposite sides of the thresholds")
  @CsvSource({
    // Neutral, then the back rounded up: the cat, cat-camel's negative end.
    "Cat_Stretch/0.jpg, Cat_Stretch/1.jpg, CAT_CAMEL, -1",
    "Hug_Knees_To_Chest/0.jpg, Hug_Knees_To_Chest/1.jpg, KNEES_TO_CHEST, 1",
    "Ankle_On_The_Knee/0.jpg, Ankle_On_The_Knee/1.jpg, KNEES_TO_CHEST, 1",
    "One_Knee_To_Chest/0.jpg, One_Knee_To_Chest/1.jpg, GLUTE_STRETCH, 0",
    "Knee_Across_The_Body/0.jpg, Knee_Across_The_Body/1.jpg, GLUTE_STRETCH, 0",
    // Childs_Pose 0 and 1 are both end positions of a prayer stretch (arms forward, hands by the
    // feet); the stretch starts on hands and knees, which Cat_Stretch/0 shows (the same person).
    "Cat_Stretch/0.jpg, Childs_Pose/0.jpg, PRAYER_STRETCH, 1"
  })
  void startAndEndAreOnOppositeSidesOfTheThresholds(
      String start, String end, ExerciseId exercise, int direction) {
    Path dir = Path.of("photos", "routine-positions");
    assumeTrue(
        RealPoseEstimators.dataPresent(dir.resolve(start))
            && RealPoseEstimators.dataPresent(dir.resolve(end)),
        "shared photos not found: " + start + ", " + end);
    Optional<PoseEstimator> estimator = RealPoseEstimators.open();
    // Signals read from the back need the person's mask, as the app asks for it.
    estimator.ifPresent(e -> e.wantMasks(ExerciseSignals.needsMask(exercise)));
    assumeTrue(estimator.isPresent(), RealPoseEstimators.skipMessage());
    try (PoseEstimator e = estimator.get()) {
      ExerciseSignal signal = ExerciseSignals.forExercise(exercise, CameraView.SIDE);
      Path base = RealPoseEstimators.DATA.resolve(dir);
      double startValue = value(signal, pose(e, base.resolve(start)));
      e.reset();
      double endValue = value(signal, pose(e, base.resolve(end)));
      double moved =
          direction == 0 ? Math.abs(endValue - startValue) : direction * (endValue - startValue);
      boolean positive = signal.shape() == SignalShape.TWO_ENDS ? direction > 0 : true;
      double minRange =
          ExerciseSettings.defaults(exercise).minRangeFraction() * signal.nominalRange(positive);
      double enter = Thresholds.of(signal.nominalRange(positive), minRange, false).enter();
      System.out.printf(
          "%s %s -> %s: %s moved %.3f %s, end threshold %.3f%n",
          exercise, start, end, signal.name(), moved, signal.unit(), enter);
      assertTrue(
          moved >= enter,
          start
              + " -> "
              + end
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
