package org.posecoach.motion;

import org.posecoach.motion.vocabulary.BodyPosition;
import org.posecoach.motion.vocabulary.ExerciseId;

/** Which recognised body positions belong to an exercise, and from which counting may start. */
final class ExercisePositions {
  private ExercisePositions() {}

  /**
   * Whether {@code p} belongs to the exercise: any position on the back for the supine exercises
   * (knees dropped to the side read as legs down), any kneeling one for the others (sitting back is
   * the prayer stretch's end). The user may start anywhere in it.
   */
  static boolean inExercise(ExerciseId exercise, BodyPosition p) {
    return exercise.isSupine() ? p.isSupine() : p.isKneeling();
  }

  /**
   * Whether counting may start in {@code p}: anywhere in the exercise's positions, or only in its
   * start position for an exercise that never leaves it (climbing onto hands and knees rounds and
   * dips the back on the way, which must not read as a cat or a camel). Once counting, the whole
   * family keeps it going.
   */
  static boolean countsFrom(ExerciseId exercise, BodyPosition p) {
    if (!exercise.staysInStartPosition()) {
      return inExercise(exercise, p);
    }
    BodyPosition start =
        switch (exercise.startPosition()) {
          case HANDS_AND_KNEES -> BodyPosition.HANDS_AND_KNEES;
          case SUPINE_KNEES_BENT -> BodyPosition.SUPINE_KNEES_BENT;
        };
    return p == start;
  }
}
