package org.posecoach.speech;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.posecoach.motion.form.Cues;
import org.posecoach.motion.form.FramingCheck;
import org.posecoach.motion.vocabulary.FormIssue;
import org.posecoach.motion.vocabulary.Side;
import org.posecoach.routine.Routine;
import org.posecoach.routine.RoutineStep;

/**
 * What the coach says, word for word: short and calm, like a therapist counting. One place for
 * every sentence, so that {@link #fixedPhrases} can list them all to be rendered ahead.
 */
public final class Phrases {
  /** Counts up to this are rendered ahead; a longer set says its higher numbers on demand. */
  public static final int HIGHEST_PRERENDERED_COUNT = 30;

  /** Hold countdowns say these seconds left, then one each second from three down. */
  static final int[] HOLD_CALLOUTS_SECONDS = {30, 20, 10, 3, 2, 1};

  public static final String HOLD = "hold";
  public static final String RELEASE = "release";
  public static final String BEGIN = "good. begin.";

  private static final String[] ONES = {
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen"
  };
  private static final String[] TENS = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
  };

  private Phrases() {}

  /** A number as words, up to 99 ("twenty one"); digits beyond, which eSpeak reads aloud. */
  public static String number(int n) {
    if (n < 0 || n > 99) {
      return Integer.toString(n);
    }
    if (n < ONES.length) {
      return ONES[n];
    }
    return TENS[n / 10] + (n % 10 == 0 ? "" : " " + ONES[n % 10]);
  }

  /** A counted rep: "three", or per side "left, two". */
  public static String count(Optional<Side> side, int count, int sideCount) {
    return side.map(s -> s.id() + ", " + number(sideCount)).orElse(number(count));
  }

  /** A step begins: its name and what to do. */
  public static String stepIntro(RoutineStep step) {
    String what =
        step.instructions().isBlank()
            ? Cues.startInstruction(step.exercise())
            : step.instructions();
    return sentence(step.title()) + " " + sentence(what);
  }

  /** A rest begins: how long, and what comes next. */
  public static String rest(double seconds, Optional<RoutineStep> next) {
    String rest = "Rest " + Math.round(seconds) + " seconds.";
    return next.map(s -> rest + " " + next(s)).orElse(rest);
  }

  static String next(RoutineStep step) {
    return "Next: " + step.title().toLowerCase(Locale.ROOT) + ".";
  }

  /**
   * The session's end, in one sentence: "Routine complete: cat-camel, 5 reps. Well done."
   *
   * @param repsByTitle reps (or holds) per step title, in the order the steps were done
   */
  public static String summary(boolean completed, Map<String, Integer> repsByTitle) {
    List<String> parts = new ArrayList<>();
    repsByTitle.forEach(
        (title, reps) ->
            parts.add(
                title.toLowerCase(Locale.ROOT) + ", " + reps + (reps == 1 ? " rep" : " reps")));
    String head = completed ? "Routine complete" : "Session ended";
    return parts.isEmpty()
        ? head + ". Well done."
        : head + ": " + String.join("; ", parts) + ". Well done.";
  }

  /**
   * Every phrase a session of {@code routine} may say that is known before it starts, most urgent
   * first: the first step's introduction, then counts, holds and cues, then the rest.
   */
  public static List<String> fixedPhrases(Routine routine) {
    Set<String> out = new LinkedHashSet<>();
    List<RoutineStep> steps = routine.steps();
    out.add(stepIntro(steps.get(0)));
    out.add(BEGIN);
    int highest =
        Math.min(
            HIGHEST_PRERENDERED_COUNT, steps.stream().mapToInt(RoutineStep::reps).max().orElse(1));
    for (int n = 1; n <= highest; n++) {
      out.add(number(n));
      for (Side side : Side.values()) {
        out.add(count(Optional.of(side), n, n));
      }
    }
    out.add(HOLD);
    out.add(RELEASE);
    for (int s : HOLD_CALLOUTS_SECONDS) {
      out.add(number(s));
    }
    for (RoutineStep step : steps) {
      for (FormIssue issue : FormIssue.values()) {
        out.add(Cues.text(step.exercise(), issue));
      }
    }
    for (FramingCheck.Problem problem : FramingCheck.Problem.values()) {
      out.add(Cues.cameraAdvice(problem));
    }
    for (int i = 0; i < steps.size(); i++) {
      RoutineStep step = steps.get(i);
      out.add(stepIntro(step));
      Optional<RoutineStep> next =
          i + 1 < steps.size() ? Optional.of(steps.get(i + 1)) : Optional.empty();
      out.add(rest(step.restAfterSeconds(), next));
    }
    return List.copyOf(out);
  }

  private static String sentence(String text) {
    String t = text.strip();
    return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
  }
}
