package org.posecoach.motion.body;

import static org.posecoach.pose.Joint.LEFT_HIP;
import static org.posecoach.pose.Joint.LEFT_SHOULDER;
import static org.posecoach.pose.Joint.RIGHT_HIP;
import static org.posecoach.pose.Joint.RIGHT_SHOULDER;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.posecoach.pose.Joint;
import org.posecoach.pose.Keypoint;
import org.posecoach.pose.Pose;

/**
 * One pose seen through the questions the motion stage asks: which joints are usable, where the
 * body's midpoints are, and how large the body is in the image.
 *
 * <p>A joint is usable when its score reaches {@link #MIN_KEYPOINT_SCORE} and it lies inside the
 * image. Lengths are reported in <em>torso lengths</em> (shoulder midpoint to hip midpoint of this
 * person, see {@link BodyScaleEstimator}), so every signal is independent of body size, distance to
 * the camera and image resolution.
 */
public final class BodyFrame {

  /**
   * Keypoints scored below this are treated as not visible. BlazePose and MoveNet both put the far
   * side of a body seen from the side at 0.3-0.7 and occluded or guessed points below 0.3, so 0.3
   * keeps the far limbs of side views and drops guesses.
   */
  public static final double MIN_KEYPOINT_SCORE = 0.3;

  /** Keypoints may lie this far outside the image (as a fraction of its size) and still count. */
  private static final double IMAGE_MARGIN_FRACTION = 0.02;

  private final Pose pose;
  private final double torsoLengthPx;

  /**
   * @param pose the pose to read
   * @param torsoLengthPx the body's size in pixels, from a {@link BodyScaleEstimator}; positive
   */
  public BodyFrame(Pose pose, double torsoLengthPx) {
    this.pose = Objects.requireNonNull(pose, "pose");
    if (!(torsoLengthPx > 0)) {
      throw new IllegalArgumentException("torso length must be positive, got " + torsoLengthPx);
    }
    this.torsoLengthPx = torsoLengthPx;
  }

  public Pose pose() {
    return pose;
  }

  public double timeSeconds() {
    return pose.timestampSeconds();
  }

  /** The body's size: pixels per torso length. */
  public double torsoLengthPx() {
    return torsoLengthPx;
  }

  /**
   * Whether {@code joint} is in the layout, scored at least {@link #MIN_KEYPOINT_SCORE}, in view.
   */
  public boolean isVisible(Joint joint) {
    return pose.find(joint).filter(k -> usable(k, pose)).isPresent();
  }

  /**
   * Whether {@code joint} was actually seen, scored above {@link #MIN_KEYPOINT_SCORE}; a joint
   * bridged by {@link org.posecoach.motion.filter.PairGapFiller} carries exactly the minimum and is
   * visible but not observed. Cues that compare the two joints of a pair use observed joints only,
   * since a bridged joint repeats the pair's last offset.
   */
  public boolean isObserved(Joint joint) {
    return pose.find(joint)
        .filter(k -> k.score() > MIN_KEYPOINT_SCORE && usable(k, pose))
        .isPresent();
  }

  /** The position of {@code joint} when it is {@link #isObserved observed}. */
  public Optional<Vec2> observed(Joint joint) {
    return isObserved(joint) ? point(joint) : Optional.empty();
  }

  /** The position of {@code joint} when it is visible. */
  public Optional<Vec2> point(Joint joint) {
    return pose.find(joint).filter(k -> usable(k, pose)).map(k -> new Vec2(k.x(), k.y()));
  }

  /** The relative depth of {@code joint} (pixels, smaller = nearer), when visible and given. */
  public OptionalDouble depth(Joint joint) {
    Optional<Keypoint> k = pose.find(joint).filter(p -> usable(p, pose) && p.hasDepth());
    return k.isPresent() ? OptionalDouble.of(k.get().z()) : OptionalDouble.empty();
  }

  /**
   * The midpoint of a left/right pair; the one visible point when only one is (in a side view the
   * two nearly coincide in the image); empty when neither is visible.
   */
  public Optional<Vec2> mid(Joint left, Joint right) {
    Optional<Vec2> a = point(left);
    Optional<Vec2> b = point(right);
    if (a.isPresent() && b.isPresent()) {
      return Optional.of(Vec2.midpoint(a.get(), b.get()));
    }
    return a.isPresent() ? a : b;
  }

  public Optional<Vec2> shoulderMid() {
    return mid(LEFT_SHOULDER, RIGHT_SHOULDER);
  }

  public Optional<Vec2> hipMid() {
    return mid(LEFT_HIP, RIGHT_HIP);
  }

  /** Unit vector from the hip midpoint to the shoulder midpoint: the body's long axis. */
  public Optional<Vec2> torsoAxis() {
    Optional<Vec2> s = shoulderMid();
    Optional<Vec2> h = hipMid();
    if (s.isEmpty() || h.isEmpty() || s.get().distanceTo(h.get()) < 1e-6) {
      return Optional.empty();
    }
    return Optional.of(s.get().minus(h.get()).unit());
  }

  /** A pixel distance in torso lengths. */
  public double inTorsoLengths(double pixels) {
    return pixels / torsoLengthPx;
  }

  private static boolean usable(Keypoint k, Pose pose) {
    if (!k.isVisible(MIN_KEYPOINT_SCORE) || Double.isNaN(k.x()) || Double.isNaN(k.y())) {
      return false;
    }
    double mx = pose.imageWidth() * IMAGE_MARGIN_FRACTION;
    double my = pose.imageHeight() * IMAGE_MARGIN_FRACTION;
    return k.x() >= -mx
        && k.x() <= pose.imageWidth() + mx
        && k.y() >= -my
        && k.y() <= pose.imageHeight() + my;
  }
}
