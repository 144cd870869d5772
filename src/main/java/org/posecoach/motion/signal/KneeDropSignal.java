package org.posecoach.motion.signal;

import static org.posecoach.pose.Joint.LEFT_HIP;
import static org.posecoach.pose.Joint.LEFT_KNEE;
import static org.posecoach.pose.Joint.LEFT_SHOULDER;
import static org.posecoach.pose.Joint.RIGHT_HIP;
import static org.posecoach.pose.Joint.RIGHT_KNEE;
import static org.posecoach.pose.Joint.RIGHT_SHOULDER;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.posecoach.motion.body.BodyFrame;
import org.posecoach.motion.body.Vec2;
import org.posecoach.pose.Joint;

/**
 * Lumbar rotation seen from the side: how far the bent knees have dropped, in torso lengths.
 *
 * <p>Lying on the back with the knees up, the knees stand about 0.6 torso lengths above the hips
 * (measured along the image's up, which is the body's up when lying flat before an upright camera).
 * Rocking them to either side rotates the leg pair about the long axis, so their height falls with
 * the cosine of the rotation; the value is minus that height (it rises as the knees drop). A side
 * camera sees drops to both sides alike, so the side comes from a vote: the knees stack when
 * dropped, and the knee on the side they fall to lies lower (the hip on that side too, as the
 * pelvis rolls). The vote is the left knee's (and half the left hip's) depth below the right one's,
 * in torso lengths, positive for the person's left.
 *
 * <p>Perspective makes drops towards and away from the camera look slightly different, which is why
 * each side is calibrated separately and sides are not compared for asymmetry in this view.
 */
public final class KneeDropSignal implements ExerciseSignal {

  /**
   * Knees at 0.62 torso lengths above the hip line (thigh 0.85 torso lengths, raised 47 degrees)
   * rotated 55 degrees to a side (the routine's usual range) drop by 0.62 * (1 - cos 55) = 0.27.
   */
  private static final double NOMINAL_DROP_TORSO_LENGTHS = 0.27;

  /** The hips roll with the knees but about half as much as the knees stack; weigh them half. */
  private static final double HIP_VOTE_WEIGHT = 0.5;

  @Override
  public String name() {
    return "knee_drop";
  }

  @Override
  public String unit() {
    return "torso lengths";
  }

  @Override
  public SignalShape shape() {
    return SignalShape.VOTED_SIDES;
  }

  @Override
  public double nominalRange(boolean positive) {
    return NOMINAL_DROP_TORSO_LENGTHS;
  }

  @Override
  public List<Set<Joint>> requiredJoints() {
    return List.of(
        Set.of(LEFT_SHOULDER, RIGHT_SHOULDER),
        Set.of(LEFT_HIP, RIGHT_HIP),
        Set.of(LEFT_KNEE, RIGHT_KNEE));
  }

  /** A height that follows {@code 1 - cos} of the rotation: flat at first. */
  @Override
  public boolean quadraticNearRest() {
    return true;
  }

  @Override
  public boolean sidesComparable() {
    return false;
  }

  @Override
  public Optional<SignalSample> measure(BodyFrame body) {
    Optional<Vec2> hip = body.hipMid();
    Optional<Vec2> knee = body.mid(LEFT_KNEE, RIGHT_KNEE);
    if (hip.isEmpty() || knee.isEmpty() || body.shoulderMid().isEmpty()) {
      return Optional.empty();
    }
    // Heights along the image's up: the camera stands upright and the body lies flat, so this is
    // the body's up too, without the jitter of a torso line drawn through two noisy points.
    double height = body.inTorsoLengths(knee.get().minus(hip.get()).dot(Vec2.IMAGE_UP));
    Vec2 down = Vec2.IMAGE_UP.times(-1);
    double vote = 0;
    // Only joints actually seen vote: a bridged joint would repeat the pair's old stacking.
    Optional<Vec2> lk = body.observed(LEFT_KNEE);
    Optional<Vec2> rk = body.observed(RIGHT_KNEE);
    if (lk.isPresent() && rk.isPresent()) {
      vote += body.inTorsoLengths(lk.get().minus(rk.get()).dot(down));
    }
    Optional<Vec2> lh = body.observed(LEFT_HIP);
    Optional<Vec2> rh = body.observed(RIGHT_HIP);
    if (lh.isPresent() && rh.isPresent()) {
      vote += HIP_VOTE_WEIGHT * body.inTorsoLengths(lh.get().minus(rh.get()).dot(down));
    }
    return Optional.of(new SignalSample(-height, vote));
  }
}
