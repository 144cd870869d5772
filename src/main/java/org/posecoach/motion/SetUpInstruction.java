package org.posecoach.motion;

import java.util.Optional;
import org.posecoach.motion.form.Cues;
import org.posecoach.motion.form.FramingCheck;
import org.posecoach.motion.vocabulary.AnalyzerState;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.FormIssue;

/**
 * The instruction shown while the user gets into position: fresh camera advice first, then a
 * reported wrong view, otherwise how to start the exercise; none while counting.
 */
final class SetUpInstruction {
  /** Camera advice stays the instruction on screen this long (it asks for a change of setup). */
  static final double ADVICE_SHOWN_SECONDS = 6.0;

  private final ExerciseId exercise;
  private double adviceUntil = Double.NaN;
  private String advice;

  SetUpInstruction(ExerciseId exercise) {
    this.exercise = exercise;
  }

  /** Shows the advice for {@code problem} from {@code t} on, and returns its text. */
  String advise(double t, FramingCheck.Problem problem) {
    advice = Cues.cameraAdvice(problem);
    adviceUntil = t + ADVICE_SHOWN_SECONDS;
    return advice;
  }

  /** The instruction at {@code now} in {@code state}. */
  Optional<String> at(double now, AnalyzerState state, boolean wrongViewReported) {
    return switch (state) {
      case NO_PERSON, GETTING_INTO_POSITION ->
          Optional.of(
              adviceUntil > now
                  ? advice
                  : wrongViewReported
                      ? Cues.text(exercise, FormIssue.WRONG_VIEW)
                      : Cues.startInstruction(exercise));
      case ACTIVE -> Optional.empty();
    };
  }
}
