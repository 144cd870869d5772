package org.posecoach.motion.signal;

import static org.posecoach.pose.Joint.LEFT_ANKLE;
import static org.posecoach.pose.Joint.LEFT_HIP;
import static org.posecoach.pose.Joint.LEFT_KNEE;
import static org.posecoach.pose.Joint.LEFT_SHOULDER;
import static org.posecoach.pose.Joint.RIGHT_ANKLE;
import static org.posecoach.pose.Joint.RIGHT_HIP;
import static org.posecoach.pose.Joint.RIGHT_KNEE;
import static org.posecoach.pose.Joint.RIGHT_SHOULDER;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.posecoach.motion.body.BodyFrame;
import org.posecoach.motion.body.Vec2;
import org.posecoach.pose.Joint;

/**
 * Prayer stretch seen from the side: the sit-back angle, the mean of hip flexion and knee flexion,
 * in degrees.
 *
 * <p>On hands and knees both the hip and the knee are bent about 90 degrees; sinking the bottom
 * back onto the heels closes the knee to about 150 and, as the chest lowers between the
 * outstretched arms, the hip to about 145. Averaging the two halves the keypoint jitter of either
 * and still follows the hips-to-heels distance, which shrinks as both angles close.
 */
public final class SitBackSignal implements ExerciseSignal {

  /**
   * From about 90 degrees (hands and knees) to about 155 (knees closed to ~160, hips to ~150 with
   * the chest on the thighs): 65 degrees.
   */
  private static final double NOMINAL_RANGE_DEG = 65;

  @Override
  public String name() {
    return "sit_back_angle";
  }

  @Override
  public String unit() {
    return "deg";
  }

  @Override
  public SignalShape shape() {
    return SignalShape.ONE_WAY;
  }

  @Override
  public double nominalRange(boolean positive) {
    return NOMINAL_RANGE_DEG;
  }

  @Override
  public List<Set<Joint>> requiredJoints() {
    return List.of(
        Set.of(LEFT_SHOULDER, RIGHT_SHOULDER),
        Set.of(LEFT_HIP, RIGHT_HIP),
        Set.of(LEFT_KNEE, RIGHT_KNEE),
        Set.of(LEFT_ANKLE, RIGHT_ANKLE));
  }

  @Override
  public boolean sidesComparable() {
    return true;
  }

  @Override
  public Optional<SignalSample> measure(BodyFrame body) {
    Optional<Vec2> s = body.shoulderMid();
    Optional<Vec2> h = body.hipMid();
    Optional<Vec2> k = body.mid(LEFT_KNEE, RIGHT_KNEE);
    Optional<Vec2> a = body.mid(LEFT_ANKLE, RIGHT_ANKLE);
    if (s.isEmpty() || h.isEmpty() || k.isEmpty() || a.isEmpty()) {
      return Optional.empty();
    }
    OptionalDouble hip = Measures.hipFlexionDeg(s.get(), h.get(), k.get());
    OptionalDouble knee = Measures.kneeFlexionDeg(h.get(), k.get(), a.get());
    if (hip.isEmpty() || knee.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(SignalSample.of((hip.getAsDouble() + knee.getAsDouble()) / 2));
  }
}
