package org.posecoach.motion.form;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.posecoach.motion.body.BodyFrame;
import org.posecoach.pose.Joint;
import org.posecoach.pose.Keypoint;
import org.posecoach.pose.Pose;

/**
 * Notices, within {@link #WINDOW_SECONDS}, that the camera cannot follow the exercise from where it
 * stands, and says which problem it is, so the coach can say what to change rather than repeat
 * "move into view".
 *
 * <p>Feed it every frame with that frame's {@link Problem} ({@link Problem#NONE} when the exercise
 * could be read). Once a problem has filled {@link #MIN_SHARE} of the last {@link #WINDOW_SECONDS},
 * {@link #update} returns it, once; it is returned again only after {@link #REARM_SECONDS} without
 * it.
 *
 * <pre>{@code
 * FramingCheck framing = new FramingCheck();
 * framing.update(t, Problem.HIDDEN).ifPresent(p -> say(Cues.cameraAdvice(exercise, p)));
 * }</pre>
 */
public final class FramingCheck {

  /** What keeps the exercise from being read in one frame. */
  public enum Problem {
    /** The exercise's joints were seen. */
    NONE,
    /** Joints the exercise needs lie beyond the picture's edge: the camera is too close. */
    CUT_OFF,
    /**
     * Joints the exercise needs are inside the picture but unseen: hidden behind the body, as the
     * shoulders are behind raised knees seen from the feet.
     */
    HIDDEN,
    /** Nobody found, though someone was there before. */
    NOT_SEEN
  }

  /** The issue asks to be told within 3 s. */
  public static final double WINDOW_SECONDS = 3.0;

  /**
   * Two thirds of the window: a second of dropouts while moving is normal, two seconds out of three
   * is a camera that cannot see.
   */
  public static final double MIN_SHARE = 2.0 / 3;

  /** After 3 s without the problem, it is news again. */
  public static final double REARM_SECONDS = 3.0;

  /**
   * One frame's framing.
   *
   * @param problem what kept the exercise from being read
   * @param missing one joint of each group the exercise needs that was unseen
   */
  public record Framing(Problem problem, Set<Joint> missing) {
    public static final Framing FINE = new Framing(Problem.NONE, Set.of());
  }

  /** Joints further than 2 % of the picture past its edge were cut off by it, not hidden. */
  private static final double EDGE_MARGIN_FRACTION = 0.02;

  private record Sample(double time, Problem problem) {}

  private final Deque<Sample> window = new ArrayDeque<>();
  private final Map<Problem, Double> lastSeen = new EnumMap<>(Problem.class);
  private final Map<Problem, Boolean> told = new EnumMap<>(Problem.class);

  /** The problem to tell the user about now, if one has just become clear. */
  public Optional<Problem> update(double timeSeconds, Problem problem) {
    window.addLast(new Sample(timeSeconds, problem));
    while (window.peekFirst().time() < timeSeconds - WINDOW_SECONDS) {
      window.removeFirst();
    }
    if (problem != Problem.NONE) {
      lastSeen.put(problem, timeSeconds);
    }
    for (Problem p : Problem.values()) {
      Double last = lastSeen.get(p);
      if (told.getOrDefault(p, false) && last != null && timeSeconds - last > REARM_SECONDS) {
        told.put(p, false);
      }
    }
    if (problem == Problem.NONE || told.getOrDefault(problem, false)) {
      return Optional.empty();
    }
    double span = timeSeconds - window.peekFirst().time();
    if (span < MIN_SHARE * WINDOW_SECONDS) {
      return Optional.empty();
    }
    double withProblem = 0;
    Sample previous = null;
    for (Sample s : window) {
      if (previous != null && previous.problem() == problem) {
        withProblem += s.time() - previous.time();
      }
      previous = s;
    }
    if (withProblem < MIN_SHARE * Math.min(span, WINDOW_SECONDS) - 1e-9) {
      return Optional.empty();
    }
    told.put(problem, true);
    return Optional.of(problem);
  }

  /**
   * What keeps {@code required} (groups of alternatives, as {@link
   * org.posecoach.motion.signal.ExerciseSignal#requiredJoints()}) from being read in {@code body}:
   * nothing, joints beyond the picture's edge, or joints inside it but unseen.
   */
  public static Framing classify(BodyFrame body, List<Set<Joint>> required) {
    Set<Joint> missing = new LinkedHashSet<>();
    boolean cutOff = false;
    for (Set<Joint> group : required) {
      if (group.stream().anyMatch(body::isVisible)) {
        continue;
      }
      Joint representative = group.stream().sorted().findFirst().orElseThrow();
      missing.add(representative);
      cutOff |= group.stream().anyMatch(j -> offPicture(body.pose(), j));
    }
    if (missing.isEmpty()) {
      return Framing.FINE;
    }
    return new Framing(cutOff ? Problem.CUT_OFF : Problem.HIDDEN, Set.copyOf(missing));
  }

  private static boolean offPicture(Pose pose, Joint joint) {
    Optional<Keypoint> k = pose.find(joint);
    if (k.isEmpty() || Double.isNaN(k.get().x()) || Double.isNaN(k.get().y())) {
      return false;
    }
    double mx = pose.imageWidth() * EDGE_MARGIN_FRACTION;
    double my = pose.imageHeight() * EDGE_MARGIN_FRACTION;
    return k.get().x() < -mx
        || k.get().x() > pose.imageWidth() + mx
        || k.get().y() < -my
        || k.get().y() > pose.imageHeight() + my;
  }

  public void reset() {
    window.clear();
    lastSeen.clear();
    told.clear();
  }
}
