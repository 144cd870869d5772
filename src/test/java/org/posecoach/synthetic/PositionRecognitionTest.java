package org.posecoach.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.posecoach.motion.body.BodyFrame;
import org.posecoach.motion.body.BodyScaleEstimator;
import org.posecoach.motion.position.PositionClassifier;
import org.posecoach.motion.vocabulary.BodyPosition;
import org.posecoach.motion.vocabulary.CameraView;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.Side;
import org.posecoach.pose.KeypointLayout;
import org.posecoach.pose.Pose;

/** The start positions, the exercises' end positions and the way in, from the cameras used. */
class PositionRecognitionTest {

  private static final PositionClassifier CLASSIFIER = new PositionClassifier();

  private static PositionClassifier.Guess guess(Pose pose) {
    double px = BodyScaleEstimator.measureTorsoLengthPx(pose).orElseThrow();
    return CLASSIFIER.classify(new BodyFrame(pose, px));
  }

  private static CameraSetup camera(String name) {
    return switch (name) {
      case "side-left" -> CameraSetup.side(true);
      case "side-right-high" -> Cameras.side(false).withHeight(0.6).setup();
      case "side-left-low" -> Cameras.side(true).withHeight(0.12).withMatYaw(10).setup();
      case "feet" -> Cameras.feet().setup();
      case "feet-high" -> Cameras.feet().withHeight(0.7).setup();
      case "head" ->
          new CameraSetup(CameraSetup.Placement.HEAD, 0.4, 1.2, 60, 640, 480, false, 0, 0);
      default -> throw new IllegalArgumentException(name);
    };
  }

  @ParameterizedTest(name = "{0} seen from {1}: start is {2}, view {3}")
  @CsvSource({
    "LUMBAR_ROTATION, side-left, SUPINE_KNEES_BENT, SIDE",
    "KNEES_TO_CHEST, side-right-high, SUPINE_KNEES_BENT, SIDE",
    "GLUTE_STRETCH, side-left-low, SUPINE_KNEES_BENT, SIDE",
    "LUMBAR_ROTATION, feet, SUPINE_KNEES_BENT, FEET",
    "KNEES_TO_CHEST, feet-high, SUPINE_KNEES_BENT, FEET",
    "CAT_CAMEL, side-left, HANDS_AND_KNEES, SIDE",
    "PRAYER_STRETCH, side-right-high, HANDS_AND_KNEES, SIDE",
    "THREAD_THE_NEEDLE, side-left-low, HANDS_AND_KNEES, SIDE"
  })
  void recognisesTheStartPositionAndView(
      ExerciseId ex, String cam, BodyPosition position, CameraView view) {
    for (KeypointLayout layout : KeypointLayout.values()) {
      PositionClassifier.Guess g =
          guess(new CleanRender(ex, camera(cam), layout, 1.7).at(ex, 0, Side.LEFT));
      assertEquals(position, g.position(), layout.name());
      assertEquals(Optional.of(view), g.view(), layout.name());
    }
  }

  @ParameterizedTest(name = "{0} at its end position from {1} is still {2}")
  @CsvSource({
    "LUMBAR_ROTATION, side-left, true",
    "KNEES_TO_CHEST, side-right-high, true",
    "GLUTE_STRETCH, feet, true",
    "CAT_CAMEL, side-left, false",
    "PRAYER_STRETCH, side-left-low, false",
    "THREAD_THE_NEEDLE, side-right-high, false"
  })
  void keepsTheExercisesFamilyOfPositionsAtTheEndPosition(
      ExerciseId ex, String cam, boolean supine) {
    CleanRender r = new CleanRender(ex, camera(cam), KeypointLayout.BLAZEPOSE_33, 1.8);
    for (Side side : Side.values()) {
      BodyPosition p = guess(r.at(ex, 1.0, side)).position();
      assertTrue(supine ? p.isSupine() : p.isKneeling(), ex + " " + side + ": " + p);
    }
  }

  @ParameterizedTest(name = "{0}: standing up on the way in is upright, not the start position")
  @CsvSource({"LUMBAR_ROTATION", "CAT_CAMEL"})
  void standingIsUpright(ExerciseId ex) {
    CleanRender r =
        new CleanRender(
            ex, Cameras.side(true).withDistance(4.5).setup(), KeypointLayout.BLAZEPOSE_33, 1.75);
    assertEquals(BodyPosition.UPRIGHT, guess(r.render(r.wayIn().get(0))).position());
  }

  @ParameterizedTest(name = "{0} seen from the head end is no supported view")
  @CsvSource({"LUMBAR_ROTATION", "CAT_CAMEL"})
  void theHeadEndIsNotASupportedView(ExerciseId ex) {
    PositionClassifier.Guess g =
        guess(
            new CleanRender(ex, camera("head"), KeypointLayout.BLAZEPOSE_33, 1.75)
                .at(ex, 0, Side.LEFT));
    assertNotEquals(Optional.of(CameraView.SIDE), g.view());
    if (ex == ExerciseId.LUMBAR_ROTATION) {
      assertTrue(g.view().isEmpty() && g.endOn(), "end on, no view: " + g);
    }
  }
}
