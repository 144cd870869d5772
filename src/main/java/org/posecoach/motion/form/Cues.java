package org.posecoach.motion.form;

import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.FormIssue;
import org.posecoach.motion.vocabulary.Severity;

/** The short texts the user reads, per issue and exercise. The only user-facing words here. */
public final class Cues {

  private Cues() {}

  /** The cue for {@code issue} during {@code exercise}. */
  public static String text(ExerciseId exercise, FormIssue issue) {
    return switch (issue) {
      case TOO_FAST -> "Slow down";
      case TOO_SMALL -> tooSmall(exercise);
      case HOLD_TOO_SHORT -> "Hold a little longer";
      case ASYMMETRY -> "Even out both sides";
      case JERKY -> "Smooth and steady";
      case HEAD_ONLY -> "Move your back, not just your head";
      case OUT_OF_FRAME -> "Move fully into view";
      case WRONG_POSITION -> startInstruction(exercise);
      case WRONG_VIEW ->
          exercise.isSupine()
              ? "Put the laptop at your side or beyond your feet, about 2 m away"
              : "Put the laptop at your side, about 2 m away";
      case CAMERA_PLACEMENT -> cameraAdvice(FramingCheck.Problem.HIDDEN);
    };
  }

  /** Where to put the camera, for each reason it cannot follow the exercise. */
  public static String cameraAdvice(FramingCheck.Problem problem) {
    return switch (problem) {
      case CUT_OFF -> "Move the laptop back, about 2 m away, so your whole body is in view";
      case HIDDEN, NONE ->
          "Put the laptop at your side, about 2 m away, so your whole body is in view";
      case NOT_SEEN -> "Come back into view: the laptop at your side, about 2 m away";
    };
  }

  /** What the user should do to get into the exercise's start position. */
  public static String startInstruction(ExerciseId exercise) {
    return exercise.isSupine() ? "Lie on your back, knees bent" : "Get on your hands and knees";
  }

  /** How much each issue matters. */
  public static Severity severity(FormIssue issue) {
    return switch (issue) {
      case JERKY, ASYMMETRY -> Severity.INFO;
      case TOO_FAST, TOO_SMALL, HOLD_TOO_SHORT, HEAD_ONLY -> Severity.WARNING;
      case OUT_OF_FRAME, WRONG_POSITION, WRONG_VIEW, CAMERA_PLACEMENT -> Severity.BLOCKING;
    };
  }

  private static String tooSmall(ExerciseId exercise) {
    return switch (exercise) {
      case LUMBAR_ROTATION -> "Let the knees go further";
      case KNEES_TO_CHEST -> "Pull the knees closer";
      case GLUTE_STRETCH -> "Pull the knee further across";
      case CAT_CAMEL -> "Round and dip further";
      case PRAYER_STRETCH -> "Sink back further";
      case THREAD_THE_NEEDLE -> "Reach higher";
    };
  }
}
