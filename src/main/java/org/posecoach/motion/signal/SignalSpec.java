package org.posecoach.motion.signal;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.posecoach.pose.Joint;

/**
 * What an {@link ExerciseSignal} promises its consumers, as data: its name and unit, its shape, the
 * textbook range to each end, its start value, the joints it needs and how its two sides compare.
 * The detector, form checker and plots read these; the signal itself only measures.
 *
 * <pre>{@code
 * SignalSpec spec =
 *     SignalSpec.builder("knee_sway_angle", SignalSpec.DEGREES, SignalShape.SIGNED_SIDES)
 *         .nominalRange(50)
 *         .requires(Set.of(LEFT_HIP), Set.of(RIGHT_HIP), Set.of(LEFT_KNEE, RIGHT_KNEE))
 *         .optSidesNotComparable()
 *         .build();
 * }</pre>
 *
 * @param name a short snake_case name for logs and plots, e.g. {@code head_neck_angle}
 * @param unit the value's unit: {@link #DEGREES} or {@link #TORSO_LENGTHS}
 * @param nominalPositive the textbook full range to the end reached with positive values
 * @param nominalNegative the same towards negative values
 * @param restValue the value in the start position for an average adult (see {@link
 *     ExerciseSignal#restValue()})
 * @param requiredJoints groups of alternatives: one joint of every group must be visible
 * @param sidesComparable whether left and right ranges can be compared in this view
 * @param quadraticNearRest whether the signal grows with the square of the movement near the start
 * @param needsMask whether the signal reads the person's mask
 */
public record SignalSpec(
    String name,
    String unit,
    SignalShape shape,
    double nominalPositive,
    double nominalNegative,
    double restValue,
    List<Set<Joint>> requiredJoints,
    boolean sidesComparable,
    boolean quadraticNearRest,
    boolean needsMask) {

  /** Angles, in degrees. */
  public static final String DEGREES = "deg";

  /** Lengths, in torso lengths (shoulder midpoint to hip midpoint). */
  public static final String TORSO_LENGTHS = "torso lengths";

  public SignalSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(shape, "shape");
    requiredJoints = requiredJoints.stream().map(Set::copyOf).toList();
  }

  /** The textbook range towards the end reached with positive values, or towards the other. */
  public double nominalRange(boolean positive) {
    return positive ? nominalPositive : nominalNegative;
  }

  /** Starts a spec; the nominal range and the required joints must be set before {@code build}. */
  public static Builder builder(String name, String unit, SignalShape shape) {
    return new Builder(name, unit, shape);
  }

  /**
   * Builds a {@link SignalSpec}. Defaults: resting at 0, sides comparable, linear near the start,
   * no mask.
   */
  public static final class Builder {
    private final String name;
    private final String unit;
    private final SignalShape shape;
    private double nominalPositive = Double.NaN;
    private double nominalNegative = Double.NaN;
    private double restValue;
    private List<Set<Joint>> requiredJoints = List.of();
    private boolean sidesComparable = true;
    private boolean quadraticNearRest;
    private boolean needsMask;

    private Builder(String name, String unit, SignalShape shape) {
      this.name = name;
      this.unit = unit;
      this.shape = shape;
    }

    /** The same textbook range to both ends. */
    public Builder nominalRange(double range) {
      return nominalRanges(range, range);
    }

    public Builder nominalRanges(double positive, double negative) {
      nominalPositive = positive;
      nominalNegative = negative;
      return this;
    }

    /** Joint groups of alternatives, e.g. {@code Set.of(LEFT_EAR, RIGHT_EAR)}: either ear. */
    @SafeVarargs
    public final Builder requires(Set<Joint>... groups) {
      requiredJoints = List.of(groups);
      return this;
    }

    public Builder optRestValue(double value) {
      restValue = value;
      return this;
    }

    /**
     * Left and right ranges are not to be compared: in this view a camera a little off the body's
     * axis (a mat turned 15 degrees) shows one side's movement foreshortened and the other's not,
     * skewing left against right by up to two to one on the synthetic bodies, more than any
     * asymmetry worth a cue.
     */
    public Builder optSidesNotComparable() {
      sidesComparable = false;
      return this;
    }

    public Builder optQuadraticNearRest(boolean quadratic) {
      quadraticNearRest = quadratic;
      return this;
    }

    public Builder optNeedsMask(boolean mask) {
      needsMask = mask;
      return this;
    }

    public SignalSpec build() {
      if (!(nominalPositive > 0) || !(nominalNegative > 0)) {
        throw new IllegalStateException(name + ": the nominal ranges must be positive");
      }
      if (requiredJoints.isEmpty()) {
        throw new IllegalStateException(name + ": a signal needs some joints");
      }
      return new SignalSpec(
          name,
          unit,
          shape,
          nominalPositive,
          nominalNegative,
          restValue,
          requiredJoints,
          sidesComparable,
          quadraticNearRest,
          needsMask);
    }
  }
}
