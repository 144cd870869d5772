package org.posecoach.motion.vocabulary;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How one exercise of a routine is to be performed: targets and the bounds form checks use.
 *
 * <p>A later issue fills this from routine YAML files; until then {@link #defaults(ExerciseId)}
 * gives the physical therapist's routine as written. Every value is in plain units (seconds,
 * repetitions, fractions), so a routine file can name them directly.
 *
 * <pre>{@code
 * ExerciseSettings s = ExerciseSettings.builder(ExerciseId.CAT_CAMEL)
 *     .targetReps(15)
 *     .minSecondsPerRep(4.0)
 *     .build();
 * }</pre>
 *
 * @param exercise which exercise
 * @param targetReps repetitions to do; per side when {@code perSide}. For the glute stretch, holds.
 * @param perSide whether the target and the counts are per side (left and right separately)
 * @param holdSeconds how long the end position is held; 0 when the exercise has no hold
 * @param minSecondsPerRep tempo bound: a repetition faster than this is "too fast". For cat-camel
 *     it is the full cycle (cat and camel); for the others, out to the end position and back
 * @param minRangeFraction the smallest movement that counts, as a fraction of the exercise's
 *     textbook range (see {@code docs/motion.md}); smaller movements are not counted and get a "too
 *     small" cue
 * @param allowedViews camera placements the exercise can be coached from
 */
public record ExerciseSettings(
    ExerciseId exercise,
    int targetReps,
    boolean perSide,
    double holdSeconds,
    double minSecondsPerRep,
    double minRangeFraction,
    Set<CameraView> allowedViews) {

  public ExerciseSettings {
    Objects.requireNonNull(exercise, "exercise");
    allowedViews = Set.copyOf(allowedViews);
    validate(exercise, targetReps, holdSeconds, minSecondsPerRep, minRangeFraction, allowedViews);
  }

  /** The routine as the physical therapist wrote it (see the class comment of each value). */
  public static ExerciseSettings defaults(ExerciseId exercise) {
    return builder(exercise).build();
  }

  /** A builder starting from {@link #defaults(ExerciseId)}. */
  public static Builder builder(ExerciseId exercise) {
    return new Builder(exercise);
  }

  private static void validate(
      ExerciseId exercise,
      int targetReps,
      double holdSeconds,
      double minSecondsPerRep,
      double minRangeFraction,
      Set<CameraView> allowedViews) {
    String what = " for " + exercise.id();
    if (targetReps < 1) {
      throw new IllegalArgumentException("Target reps must be at least 1" + what);
    }
    if (!(holdSeconds >= 0 && holdSeconds <= 600)) {
      throw new IllegalArgumentException(
          "Hold seconds must be between 0 and 600" + what + ", got " + holdSeconds);
    }
    if (!(minSecondsPerRep >= 0 && minSecondsPerRep <= 60)) {
      throw new IllegalArgumentException(
          "Minimum seconds per rep must be between 0 and 60" + what + ", got " + minSecondsPerRep);
    }
    if (!(minRangeFraction >= 0.1 && minRangeFraction <= 1.0)) {
      throw new IllegalArgumentException(
          "Minimum range must be between 0.1 and 1.0 of the full range"
              + what
              + ", got "
              + minRangeFraction);
    }
    if (allowedViews.isEmpty()) {
      throw new IllegalArgumentException("At least one camera view must be allowed" + what);
    }
    if (!exercise.isSupine() && allowedViews.contains(CameraView.FEET)) {
      throw new IllegalArgumentException(
          exercise.id() + " is done on hands and knees and can only be coached from the side");
    }
  }

  /** Settings with the routine's defaults, changed one value at a time. */
  public static final class Builder {
    // Defaults from the routine sheet (targets, holds) and from the tempo the therapist asks for
    // ("slow and controlled"); docs/motion.md explains each value.
    /** Knees to chest: "1 s hold". */
    private static final double KNEES_TO_CHEST_HOLD_SECONDS = 1.0;

    /** Glute stretch: "10 s hold, both sides". */
    private static final double GLUTE_HOLD_SECONDS = 10.0;

    /**
     * Cat-camel: "slow and controlled"; a full cycle under 3 s is hurried (the example).
     */
    private static final double CAT_CAMEL_MIN_CYCLE_SECONDS = 3.0;

    /**
     * Lumbar rotation: knees over to one side and back in under 1.2 s leaves no time to breathe out
     * at the end of the repetition, as the routine asks.
     */
    private static final double LUMBAR_MIN_REP_SECONDS = 1.2;

    /** Knees to chest, prayer stretch, thread the needle: out and back under 2 s is a swing. */
    private static final double STRETCH_MIN_REP_SECONDS = 2.0;

    /**
     * A repetition must cover at least 30 % of the textbook range in the coach's signal: twice the
     * largest fidget (about 15 %), and low enough that a stiff beginner's repetitions still count
     * on the side a camera sees foreshortened (perspective can shrink one side by a third).
     */
    private static final double DEFAULT_MIN_RANGE_FRACTION = 0.3;

    private final ExerciseId exercise;
    private int targetReps;
    private boolean perSide;
    private double holdSeconds;
    private double minSecondsPerRep;
    private double minRangeFraction = DEFAULT_MIN_RANGE_FRACTION;
    private Set<CameraView> allowedViews;

    private Builder(ExerciseId exercise) {
      this.exercise = Objects.requireNonNull(exercise, "exercise");
      allowedViews =
          exercise.isSupine()
              ? EnumSet.of(CameraView.SIDE, CameraView.FEET)
              : Set.of(CameraView.SIDE);
      switch (exercise) {
        case LUMBAR_ROTATION -> {
          targetReps = 10;
          perSide = true;
          minSecondsPerRep = LUMBAR_MIN_REP_SECONDS;
        }
        case KNEES_TO_CHEST -> {
          targetReps = 10;
          holdSeconds = KNEES_TO_CHEST_HOLD_SECONDS;
          minSecondsPerRep = STRETCH_MIN_REP_SECONDS;
        }
        case GLUTE_STRETCH -> {
          targetReps = 1;
          perSide = true;
          holdSeconds = GLUTE_HOLD_SECONDS;
          minSecondsPerRep = 0;
        }
        case CAT_CAMEL -> {
          targetReps = 20;
          minSecondsPerRep = CAT_CAMEL_MIN_CYCLE_SECONDS;
        }
        case PRAYER_STRETCH -> {
          targetReps = 10;
          minSecondsPerRep = STRETCH_MIN_REP_SECONDS;
        }
        case THREAD_THE_NEEDLE -> {
          targetReps = 5;
          perSide = true;
          minSecondsPerRep = STRETCH_MIN_REP_SECONDS;
        }
        default -> throw new AssertionError(exercise);
      }
    }

    public Builder targetReps(int targetReps) {
      this.targetReps = targetReps;
      return this;
    }

    public Builder perSide(boolean perSide) {
      this.perSide = perSide;
      return this;
    }

    public Builder holdSeconds(double holdSeconds) {
      this.holdSeconds = holdSeconds;
      return this;
    }

    public Builder minSecondsPerRep(double minSecondsPerRep) {
      this.minSecondsPerRep = minSecondsPerRep;
      return this;
    }

    public Builder minRangeFraction(double minRangeFraction) {
      this.minRangeFraction = minRangeFraction;
      return this;
    }

    public Builder allowedViews(Set<CameraView> allowedViews) {
      this.allowedViews = Set.copyOf(allowedViews);
      return this;
    }

    /**
     * @throws IllegalArgumentException with a message for the routine's author when a value is out
     *     of range
     */
    public ExerciseSettings build() {
      return new ExerciseSettings(
          exercise,
          targetReps,
          perSide,
          holdSeconds,
          minSecondsPerRep,
          minRangeFraction,
          allowedViews);
    }
  }
}
