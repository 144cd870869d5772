package org.posecoach.motion.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.posecoach.motion.form.Cues;
import org.posecoach.motion.form.FramingCheck;
import org.posecoach.motion.vocabulary.BodyPosition;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.FormIssue;
import org.posecoach.pose.Joint;

/**
 * Says in one sentence what the coach saw in a set: for a set that counted nothing, what was
 * missing and what to change; for one that counted, what it counted in. The words the report, the
 * summary screen and the terminal coach show.
 */
public final class ReasonWriter {

  /** Nobody in view for most of the set (80 %): that is the story. */
  static final double MOSTLY = 0.8;

  /** Positions and views seen for less than half a second are passing moments, not worth naming. */
  static final double MENTION_SECONDS = 0.5;

  /** Framing problems for half the time in position are what stopped the count. */
  static final double FRAMING_SHARE = 0.5;

  /** A largest movement under a quarter of what a repetition needs is holding still. */
  static final double STILL_FRACTION = 0.25;

  private ReasonWriter() {}

  /**
   * A note where the rhythm's independent count disagrees with the {@code reps} counted; empty
   * where they agree or there is no rhythm.
   */
  public static Optional<String> rhythmCheck(Optional<PeriodicityCounter.Count> rhythm, int reps) {
    return rhythm
        .filter(r -> r.reps() != reps)
        .map(
            r ->
                String.format(
                    Locale.ROOT,
                    "The rhythm of the movement suggests %d repetition%s where %d %s counted:"
                        + " worth a look at the recording.",
                    r.reps(),
                    r.reps() == 1 ? "" : "s",
                    reps,
                    reps == 1 ? "was" : "were"));
  }

  /** The sentence for a set of {@code exercise} that counted {@code reps} (holds for a hold). */
  public static String reason(ExerciseId exercise, int reps, SetDiary diary) {
    return reps > 0 ? counted(exercise, reps, diary) : nothingCounted(exercise, diary);
  }

  private static String counted(ExerciseId exercise, int reps, SetDiary diary) {
    String what = exercise == ExerciseId.GLUTE_STRETCH ? "hold" : "repetition";
    return String.format(
        Locale.ROOT,
        "Counted %d %s%s in %s %s%s.",
        reps,
        what,
        reps == 1 ? "" : "s",
        seconds(diary.countingSeconds()),
        positionWords(mainPosition(diary).orElse(BodyPosition.UNKNOWN)),
        viewClause(diary));
  }

  private static String nothingCounted(ExerciseId exercise, SetDiary diary) {
    double total = diary.totalSeconds();
    if (total < 1) {
      return "Nothing counted: the recording is too short to see a repetition.";
    }
    if (diary.noPersonSeconds() >= MOSTLY * total) {
      return String.format(
          Locale.ROOT,
          "Nothing counted: nobody was in view for %s of %s. %s, then %s.",
          seconds(diary.noPersonSeconds()),
          seconds(total),
          capitalised(Cues.cameraAdvice(FramingCheck.Problem.HIDDEN)),
          lowerFirst(Cues.startInstruction(exercise)));
    }
    // The camera not seeing what the exercise needs is the story, whatever else was seen.
    double seen = total - diary.noPersonSeconds();
    Optional<FramingCheck.Problem> problem = diary.mainProblem();
    if (problem.isPresent() && diary.problemSeconds(problem.get()) >= FRAMING_SHARE * seen) {
      return String.format(
          Locale.ROOT,
          "Nothing counted: you were %s for %s, but %s for %s. %s.",
          positionWords(mainPosition(diary).orElse(BodyPosition.UNKNOWN)),
          seconds(seen),
          framingWords(problem.get(), diary),
          seconds(diary.problemSeconds(problem.get())),
          Cues.cameraAdvice(problem.get()));
    }
    if (diary.inPositionSeconds() < MENTION_SECONDS) {
      String positions = positionsSeen(diary);
      boolean wrongView =
          diary.views().getOrDefault(SetDiary.Seen.UNSUPPORTED, 0.0) >= MENTION_SECONDS;
      return String.format(
          Locale.ROOT,
          "Nothing counted: you were seen %s%s, never %s. %s%s.",
          positions.isEmpty() ? "without enough of the body to tell the position" : positions,
          wrongView ? " from an angle the exercise cannot be read from" : "",
          exercisePositionWords(exercise),
          Cues.startInstruction(exercise),
          wrongView ? ", and " + lowerFirst(Cues.text(exercise, FormIssue.WRONG_VIEW)) : "");
    }
    String where =
        positionWords(mainPosition(diary).orElse(BodyPosition.UNKNOWN))
            + viewClause(diary)
            + " for "
            + seconds(diary.inPositionSeconds());
    if (diary.issueCount(FormIssue.HEAD_ONLY) > 0 && diary.largestMovement() < 1) {
      return String.format(
          Locale.ROOT,
          "Nothing counted: you were %s, but only your head moved; the back stayed still. %s.",
          where,
          Cues.text(exercise, FormIssue.HEAD_ONLY));
    }
    if (diary.largestMovement() < STILL_FRACTION) {
      return String.format(
          Locale.ROOT,
          "Nothing counted: you were %s and held still; nothing moved enough to be a repetition.",
          where);
    }
    if (diary.largestMovement() < 1) {
      return String.format(
          Locale.ROOT,
          "Nothing counted: you were %s, but the largest movement went %d %% of the way a"
              + " repetition needs. %s.",
          where,
          Math.round(100 * diary.largestMovement()),
          Cues.text(exercise, FormIssue.TOO_SMALL));
    }
    return String.format(
        Locale.ROOT,
        "Nothing counted: you were %s and reached the end position, but did not come back to the"
            + " start, which ends a repetition.",
        where);
  }

  private static Optional<BodyPosition> mainPosition(SetDiary diary) {
    return diary.positions().entrySet().stream()
        .filter(e -> e.getKey() != BodyPosition.UNKNOWN)
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey);
  }

  /** "standing or kneeling upright (6.1 s) and on hands and knees (0.4 s)" */
  private static String positionsSeen(SetDiary diary) {
    List<String> parts = new ArrayList<>();
    diary.positions().entrySet().stream()
        .filter(e -> e.getKey() != BodyPosition.UNKNOWN && e.getValue() >= MENTION_SECONDS)
        .sorted(Map.Entry.<BodyPosition, Double>comparingByValue().reversed())
        .forEach(e -> parts.add(positionWords(e.getKey()) + " (" + seconds(e.getValue()) + ")"));
    return String.join(", ", parts);
  }

  private static String viewClause(SetDiary diary) {
    return diary.views().entrySet().stream()
        .filter(e -> e.getValue() >= MENTION_SECONDS)
        .max(Map.Entry.comparingByValue())
        .map(
            e ->
                switch (e.getKey()) {
                  case SIDE -> ", seen from the side";
                  case FEET -> ", seen from beyond your feet";
                  case UNSUPPORTED -> ", seen from an angle the exercise cannot be read from";
                  case UNKNOWN -> "";
                })
        .orElse("");
  }

  private static String framingWords(FramingCheck.Problem problem, SetDiary diary) {
    String parts = bodyParts(diary.missingJoints());
    return switch (problem) {
      case CUT_OFF -> "your " + parts + " were out of the picture";
      case HIDDEN -> "your " + parts + " were hidden from the camera";
      case NOT_SEEN, NONE -> "the camera lost you";
    };
  }

  /** "hips and knees" from the joints missing longest (up to two). */
  private static String bodyParts(Map<Joint, Double> missing) {
    List<String> names = new ArrayList<>();
    for (Joint j : missing.keySet()) {
      String name = partName(j);
      if (!names.contains(name)) {
        names.add(name);
      }
      if (names.size() == 2) {
        break;
      }
    }
    return names.isEmpty() ? "body" : String.join(" and ", names);
  }

  private static String partName(Joint joint) {
    String n = joint.name().toLowerCase(Locale.ROOT).replaceFirst("^(left|right)_", "");
    return switch (n) {
      case "hip" -> "hips";
      case "knee" -> "knees";
      case "shoulder" -> "shoulders";
      case "ankle" -> "feet";
      case "wrist" -> "hands";
      case "ear" -> "head";
      default -> n.replace('_', ' ');
    };
  }

  static String positionWords(BodyPosition position) {
    return switch (position) {
      case SUPINE_KNEES_BENT -> "lying on your back with your knees bent";
      case SUPINE_LEGS_STRAIGHT -> "lying on your back with your legs down";
      case HANDS_AND_KNEES -> "on your hands and knees";
      case KNEELING_SIT_BACK -> "sitting back towards your heels";
      case UPRIGHT -> "upright (standing, sitting or kneeling)";
      case UNKNOWN -> "in view";
    };
  }

  private static String exercisePositionWords(ExerciseId exercise) {
    return exercise.isSupine() ? "lying on your back" : "on your hands and knees";
  }

  private static String seconds(double s) {
    return String.format(Locale.ROOT, "%.1f s", s);
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
