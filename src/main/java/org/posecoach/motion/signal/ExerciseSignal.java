package org.posecoach.motion.signal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.posecoach.motion.body.BodyFrame;
import org.posecoach.pose.Joint;

/**
 * A scalar measurement of one exercise's movement, computed from one frame's keypoints.
 *
 * <p>Every signal is an angle (degrees) or a length in torso lengths, so it does not depend on body
 * size, on distance to the camera or on where the person lies in the image; it uses only the
 * image's "up" and the person's own left/right labels, so it reads the same with the camera on
 * either side and in mirrored images. (The side vote of {@link KneeDropSignal} is the exception: it
 * reads perspective, which depends on where the knees lie relative to the image centre.) A signal
 * is stateless: the start value is learnt by the repetition detector, not assumed here.
 *
 * <pre>{@code
 * ExerciseSignal signal = ExerciseSignals.forExercise(ExerciseId.CAT_CAMEL, CameraView.SIDE);
 * Optional<SignalSample> s = signal.measure(new BodyFrame(pose, torsoPx)); // e.g. -42.0 deg: cat
 * }</pre>
 */
public interface ExerciseSignal {

  /** What the signal promises: name, unit, shape, ranges, joints; the getters below read it. */
  SignalSpec spec();

  /** A short snake_case name for logs and plots, e.g. {@code head_neck_angle}. */
  default String name() {
    return spec().name();
  }

  /** The value's unit: {@code deg} or {@code torso lengths}. */
  default String unit() {
    return spec().unit();
  }

  default SignalShape shape() {
    return spec().shape();
  }

  /**
   * The textbook full range from the start position to the end position for a mobile adult, in
   * {@link #unit()}; {@code positive} selects the end reached with positive values (the person's
   * left for sided signals, camel for cat-camel). Calibration replaces it with the user's own
   * range.
   */
  default double nominalRange(boolean positive) {
    return spec().nominalRange(positive);
  }

  /**
   * Joints the signal needs, as groups of alternatives: at least one joint of every group must be
   * visible (for example either ear).
   */
  default List<Set<Joint>> requiredJoints() {
    return spec().requiredJoints();
  }

  /**
   * Whether left and right ranges can be compared in this view (false when perspective skews one).
   */
  default boolean sidesComparable() {
    return spec().sidesComparable();
  }

  /**
   * Whether the signal grows with the square of the movement near the start position rather than in
   * proportion to it: true for heights that follow the cosine of a rotation (knees dropping seen
   * from the side, a hand swinging up from the floor). Repetition timing allows for it.
   */
  default boolean quadraticNearRest() {
    return spec().quadraticNearRest();
  }

  /**
   * The signal's value in the start position for an average adult. Signals that move one way from
   * the start (one-way and voted ones) learn the user's start value as the lowest value seen;
   * signed and two-ended signals swing to both sides of it, so they start from this value (0 for a
   * left-minus-right difference, by symmetry) and then follow the user's own rest.
   */
  default double restValue() {
    return spec().restValue();
  }

  /** Whether the signal reads the person's mask ({@link org.posecoach.pose.Pose#mask()}). */
  default boolean needsMask() {
    return spec().needsMask();
  }

  /** The signal in this frame, or empty when a required joint is not visible. */
  Optional<SignalSample> measure(BodyFrame body);

  /**
   * For {@link SignalShape#VOTED_SIDES} signals: which side a frame's evidence points to, read
   * against the start position's evidence (the median over the held start position): positive for
   * the person's left, negative for the right, its size the strength of the evidence, 0 or {@code
   * NaN} when undecided. Other shapes have no vote.
   */
  default double sideVote(SideCues now, SideCues start) {
    return Double.NaN;
  }
}
