package org.posecoach.motion.review;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.posecoach.motion.form.FramingCheck;
import org.posecoach.motion.vocabulary.BodyPosition;
import org.posecoach.motion.vocabulary.CameraView;
import org.posecoach.motion.vocabulary.FormIssue;
import org.posecoach.pose.Joint;

/**
 * What the coach saw during one set, in seconds: who was in view, in which position and from which
 * camera view, what kept the exercise from being read, how long it counted and how far the largest
 * movement went. The material for saying why a set counted nothing ({@link ReasonWriter}). Fed once
 * per frame by the analyzer; each frame lasts until the next.
 */
public final class SetDiary {

  /** How the camera saw the person in a frame, in the words of the reason. */
  public enum Seen {
    SIDE,
    FEET,
    /** End on from the head, or a kneeling person from the front or back. */
    UNSUPPORTED,
    /** Not enough of the body to tell. */
    UNKNOWN
  }

  private final Map<BodyPosition, Double> positions = new EnumMap<>(BodyPosition.class);
  private final Map<Seen, Double> views = new EnumMap<>(Seen.class);
  private final Map<FramingCheck.Problem, Double> problems =
      new EnumMap<>(FramingCheck.Problem.class);
  private final Map<Joint, Double> missing = new LinkedHashMap<>();
  private final Map<FormIssue, Integer> issues = new EnumMap<>(FormIssue.class);
  private double noPersonSeconds;
  private double inPositionSeconds;
  private double countingSeconds;
  private double totalSeconds;
  private double largestMovement;
  private double lastTime = Double.NaN;

  /** A frame without anybody in it. */
  public void nobody(double timeSeconds) {
    noPersonSeconds += advance(timeSeconds);
  }

  /**
   * A frame with a person.
   *
   * @param position the tracked body position
   * @param seen how the camera saw them
   * @param inExercisePosition whether the position belongs to the exercise, from a usable view
   * @param problem what kept the exercise from being read in this frame
   * @param missingJoints one joint of each group the exercise needs that was unseen
   */
  public void person(
      double timeSeconds,
      BodyPosition position,
      Seen seen,
      boolean inExercisePosition,
      FramingCheck.Problem problem,
      Set<Joint> missingJoints) {
    double dt = advance(timeSeconds);
    positions.merge(position, dt, Double::sum);
    views.merge(seen, dt, Double::sum);
    if (inExercisePosition) {
      inPositionSeconds += dt;
    }
    if (problem != FramingCheck.Problem.NONE) {
      problems.merge(problem, dt, Double::sum);
      for (Joint j : missingJoints) {
        missing.merge(j, dt, Double::sum);
      }
    }
  }

  /** A frame at {@code timeSeconds} was counted (the set was active and the signal read). */
  public void counted(double timeSeconds) {
    if (!Double.isNaN(lastCounted)
        && timeSeconds > lastCounted
        && timeSeconds - lastCounted <= 1.0) {
      countingSeconds += timeSeconds - lastCounted;
    }
    lastCounted = timeSeconds;
  }

  /**
   * How far a counted frame's signal stood from the start value, as a fraction of what a repetition
   * needs to reach (its end threshold).
   */
  public void movement(double fractionOfNeeded) {
    if (fractionOfNeeded > largestMovement) {
      largestMovement = fractionOfNeeded;
    }
  }

  public void issue(FormIssue issue) {
    issues.merge(issue, 1, Integer::sum);
  }

  private double lastCounted = Double.NaN;

  private double advance(double timeSeconds) {
    // A frame lasts until the next one; the first frame of a set and gaps over a second count a
    // typical frame, so a pause of the video does not count as time seen.
    double dt =
        Double.isNaN(lastTime) || timeSeconds - lastTime > 1.0
            ? 1.0 / 30
            : Math.max(0, timeSeconds - lastTime);
    lastTime = timeSeconds;
    totalSeconds += dt;
    return dt;
  }

  public double totalSeconds() {
    return totalSeconds;
  }

  public double noPersonSeconds() {
    return noPersonSeconds;
  }

  public double inPositionSeconds() {
    return inPositionSeconds;
  }

  public double countingSeconds() {
    return countingSeconds;
  }

  /** The largest movement counted, as a fraction of what a repetition needs (0 when none). */
  public double largestMovement() {
    return largestMovement;
  }

  /** Seconds per recognised position, in the order of the enum. */
  public Map<BodyPosition, Double> positions() {
    return Map.copyOf(positions);
  }

  public Map<Seen, Double> views() {
    return Map.copyOf(views);
  }

  public double problemSeconds(FramingCheck.Problem problem) {
    return problems.getOrDefault(problem, 0.0);
  }

  /** The framing problem that lasted longest, if any did. */
  public Optional<FramingCheck.Problem> mainProblem() {
    return problems.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
  }

  /** Joints the exercise needed that were unseen, with for how long, longest first. */
  public Map<Joint, Double> missingJoints() {
    Map<Joint, Double> sorted = new LinkedHashMap<>();
    missing.entrySet().stream()
        .sorted(Map.Entry.<Joint, Double>comparingByValue().reversed())
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  public int issueCount(FormIssue issue) {
    return issues.getOrDefault(issue, 0);
  }

  /** How a camera view reads in the diary. */
  public static Seen seen(Optional<CameraView> view, boolean endOn, boolean allowed) {
    if (view.isPresent()) {
      return allowed ? (view.get() == CameraView.FEET ? Seen.FEET : Seen.SIDE) : Seen.UNSUPPORTED;
    }
    return endOn ? Seen.UNSUPPORTED : Seen.UNKNOWN;
  }
}
