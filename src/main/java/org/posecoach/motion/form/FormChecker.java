package org.posecoach.motion.form;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.posecoach.motion.rep.Excursion;
import org.posecoach.motion.rep.Rep;
import org.posecoach.motion.vocabulary.ExerciseSettings;
import org.posecoach.motion.vocabulary.FormIssue;
import org.posecoach.motion.vocabulary.MotionEvent.FormEvent;
import org.posecoach.motion.vocabulary.Side;

/**
 * Turns a detector's measurements into form events: too fast, too small, hold too short, jerky and
 * asymmetric. Set-up problems (out of frame, wrong position or view) are the analyzer's.
 *
 * <p>Inputs: each completed {@link Excursion} (every movement that reached the end position, and
 * visible attempts that did not) and each counted {@link Rep}. Outputs: zero or more {@link
 * FormEvent}s, timed at the input's time.
 *
 * <pre>{@code
 * FormChecker checker = new FormChecker(settings, true, false);
 * List<FormEvent> events = checker.onRep(rep);   // [TOO_FAST "Slow down"] for a 1.5 s cat-camel
 * }</pre>
 */
public final class FormChecker {

  /**
   * Once calibrated, a repetition under 70 % of the user's own range is "too small": the user's
   * repetitions vary by about +-15 % around their median, so 70 % is clearly short of it.
   */
  public static final double SMALL_VS_OWN_FRACTION = 0.7;

  /**
   * A hold counts as kept when the end position was still for 1.2 times the routine's time: the
   * still time includes the slow arrival at and departure from the end position, so a held second
   * reads 1.3-1.5 s, while a smooth unheld repetition reads 0.3-1.1 s (the upper end where the
   * signal flattens near its top, as the ankles do seen from the feet).
   */
  public static final double HOLD_TOLERANCE_FRACTION = 1.2;

  /**
   * A movement out or back made of two or more bursts (stopping in between, see MovementQuality) is
   * jerky; a smooth one is a single burst.
   */
  public static final int JERKY_MIN_SUBMOVEMENTS = 2;

  /**
   * Sides differ when the smaller range is under 70 % of the larger: a 30 % difference is beyond
   * the +-15 % scatter of one side's repetitions and what a therapist would notice by eye.
   */
  public static final double ASYMMETRY_MAX_RATIO = 0.7;

  /** Repetitions per side before sides are compared (the median of two is their mean). */
  public static final int ASYMMETRY_MIN_REPS = 2;

  private final ExerciseSettings settings;
  private final boolean sidesComparable;
  private final boolean countHolds;
  private final Map<Side, List<Double>> peaksBySide = new EnumMap<>(Side.class);
  private boolean asymmetryReported;

  /**
   * @param settings the routine's settings for the exercise
   * @param sidesComparable whether the signal's two sides can be compared in this view
   * @param countHolds whether the exercise's unit is a timed hold (glute stretch)
   */
  public FormChecker(ExerciseSettings settings, boolean sidesComparable, boolean countHolds) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.sidesComparable = sidesComparable;
    this.countHolds = countHolds;
    peaksBySide.put(Side.LEFT, new ArrayList<>());
    peaksBySide.put(Side.RIGHT, new ArrayList<>());
  }

  /** Checks a completed movement: range, hold, smoothness, and sides against each other. */
  public List<FormEvent> onExcursion(Excursion x) {
    List<FormEvent> events = new ArrayList<>();
    double t = x.endSeconds();
    if (!x.reachedEnd()) {
      events.add(event(t, FormIssue.TOO_SMALL, x.side()));
      return events;
    }
    if (x.calibrated() && x.rangeFraction() < SMALL_VS_OWN_FRACTION) {
      events.add(event(t, FormIssue.TOO_SMALL, x.side()));
    }
    if (settings.holdSeconds() > 0) {
      double needed =
          countHolds ? settings.holdSeconds() : HOLD_TOLERANCE_FRACTION * settings.holdSeconds();
      if (x.heldSeconds() < needed) {
        events.add(event(t, FormIssue.HOLD_TOO_SHORT, x.side()));
      }
    }
    if (x.submovements() >= JERKY_MIN_SUBMOVEMENTS) {
      events.add(event(t, FormIssue.JERKY, x.side()));
    }
    if (x.side().isPresent()) {
      peaksBySide.get(x.side().get()).add(x.peak());
      checkAsymmetry(t).ifPresent(events::add);
    }
    return events;
  }

  /** Checks a counted repetition's tempo. */
  public List<FormEvent> onRep(Rep rep) {
    if (!countHolds
        && settings.minSecondsPerRep() > 0
        && rep.durationSeconds() < settings.minSecondsPerRep()) {
      return List.of(event(rep.timeSeconds(), FormIssue.TOO_FAST, rep.side()));
    }
    return List.of();
  }

  private Optional<FormEvent> checkAsymmetry(double t) {
    if (!sidesComparable || asymmetryReported) {
      return Optional.empty();
    }
    int minReps = countHolds ? 1 : ASYMMETRY_MIN_REPS;
    List<Double> left = peaksBySide.get(Side.LEFT);
    List<Double> right = peaksBySide.get(Side.RIGHT);
    if (left.size() < minReps || right.size() < minReps) {
      return Optional.empty();
    }
    double l = median(left);
    double r = median(right);
    if (Math.min(l, r) < ASYMMETRY_MAX_RATIO * Math.max(l, r)) {
      asymmetryReported = true;
      return Optional.of(
          event(t, FormIssue.ASYMMETRY, Optional.of(l < r ? Side.LEFT : Side.RIGHT)));
    }
    return Optional.empty();
  }

  private FormEvent event(double t, FormIssue issue, Optional<Side> side) {
    return new FormEvent(
        t, issue, Cues.severity(issue), Cues.text(settings.exercise(), issue), side);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(Double::compare);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
