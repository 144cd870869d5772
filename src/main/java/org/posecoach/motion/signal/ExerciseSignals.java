package org.posecoach.motion.signal;

import org.posecoach.motion.vocabulary.CameraView;
import org.posecoach.motion.vocabulary.ExerciseId;

/** Which signal reads which exercise from which camera view. */
public final class ExerciseSignals {

  private ExerciseSignals() {}

  /**
   * Whether {@code exercise} is read from the person's mask ({@link
   * org.posecoach.pose.Pose#mask()}) from some view: its poses must come from a model that gives
   * masks, with masks asked for.
   */
  public static boolean needsMask(ExerciseId exercise) {
    for (CameraView view : CameraView.values()) {
      try {
        if (forExercise(exercise, view).needsMask()) {
          return true;
        }
      } catch (IllegalArgumentException notReadableFromThisView) {
        // hands-and-knees exercises have no signal from the feet
      }
    }
    return false;
  }

  /**
   * The signal for {@code exercise} seen from {@code view}.
   *
   * @throws IllegalArgumentException when the exercise cannot be read from that view (hands-and-
   *     knees exercises seen from the feet)
   */
  public static ExerciseSignal forExercise(ExerciseId exercise, CameraView view) {
    if (view == CameraView.FEET) {
      return switch (exercise) {
        case LUMBAR_ROTATION -> new KneeSwaySignal();
        case KNEES_TO_CHEST -> new AnkleLiftSignal();
        case GLUTE_STRETCH -> new KneeCrossSignal();
        default ->
            throw new IllegalArgumentException(
                exercise.id() + " is done on hands and knees; place the camera at your side");
      };
    }
    return switch (exercise) {
      case LUMBAR_ROTATION -> new KneeDropSignal();
      case KNEES_TO_CHEST -> new HipFlexionSignal();
      case GLUTE_STRETCH -> new LegPullSignal();
      case CAT_CAMEL -> new BackArchSignal();
      case PRAYER_STRETCH -> new SitBackSignal();
      case THREAD_THE_NEEDLE -> new WristReachSignal();
    };
  }
}
