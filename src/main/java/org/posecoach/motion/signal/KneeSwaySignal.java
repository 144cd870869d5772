package org.posecoach.motion.signal;

import static org.posecoach.pose.Joint.LEFT_HIP;
import static org.posecoach.pose.Joint.LEFT_KNEE;
import static org.posecoach.pose.Joint.RIGHT_HIP;
import static org.posecoach.pose.Joint.RIGHT_KNEE;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.posecoach.motion.body.BodyFrame;
import org.posecoach.motion.body.Vec2;
import org.posecoach.pose.Joint;

/**
 * Lumbar rotation seen from the feet: the sway angle of the knee pair about the pelvis, in degrees,
 * positive towards the person's left.
 *
 * <p>From the feet, the plane in which the knees swing is the image plane. The angle is measured at
 * the hip midpoint, from the image-up normal of the hip line to the knee midpoint, towards the left
 * hip. The left direction comes from the hip labels, not from the image, so a mirrored image or a
 * camera at the head end reads the same. Knees straight up read 0; dropped to the floor, near 90.
 */
public final class KneeSwaySignal implements ExerciseSignal {

  /**
   * The routine's knees go about 55 degrees to each side; seen from a low camera at the feet the
   * projected sway is a little smaller (the knees also come nearer the camera), about 50 degrees.
   */
  private static final double NOMINAL_SWAY_DEG = 50;

  @Override
  public String name() {
    return "knee_sway_angle";
  }

  @Override
  public String unit() {
    return "deg";
  }

  @Override
  public SignalShape shape() {
    return SignalShape.SIGNED_SIDES;
  }

  @Override
  public double nominalRange(boolean positive) {
    return NOMINAL_SWAY_DEG;
  }

  @Override
  public List<Set<Joint>> requiredJoints() {
    return List.of(Set.of(LEFT_HIP), Set.of(RIGHT_HIP), Set.of(LEFT_KNEE, RIGHT_KNEE));
  }

  /**
   * Not comparable: a camera a little off the body's axis (a mat turned 15 degrees) shows one
   * side's movement foreshortened and the other's not, skewing left against right by up to two to
   * one on the synthetic bodies, more than any asymmetry worth a cue.
   */
  @Override
  public boolean sidesComparable() {
    return false;
  }

  @Override
  public Optional<SignalSample> measure(BodyFrame body) {
    Optional<Vec2> lh = body.point(LEFT_HIP);
    Optional<Vec2> rh = body.point(RIGHT_HIP);
    Optional<Vec2> knee = body.mid(LEFT_KNEE, RIGHT_KNEE);
    if (lh.isEmpty() || rh.isEmpty() || knee.isEmpty()) {
      return Optional.empty();
    }
    Vec2 left = lh.get().minus(rh.get());
    if (left.norm() < 1e-6) {
      return Optional.empty();
    }
    Vec2 hip = Vec2.midpoint(lh.get(), rh.get());
    double angle = Vec2.signedAngleDeg(knee.get().minus(hip), left.upNormal(), left);
    return Optional.of(SignalSample.of(angle));
  }
}
