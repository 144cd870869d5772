package org.posecoach.motion.position;

import static org.posecoach.pose.Joint.LEFT_ANKLE;
import static org.posecoach.pose.Joint.LEFT_KNEE;
import static org.posecoach.pose.Joint.LEFT_SHOULDER;
import static org.posecoach.pose.Joint.RIGHT_ANKLE;
import static org.posecoach.pose.Joint.RIGHT_KNEE;
import static org.posecoach.pose.Joint.RIGHT_SHOULDER;

import java.util.Optional;
import org.posecoach.motion.body.Anthropometry;
import org.posecoach.motion.body.BodyFrame;
import org.posecoach.motion.body.Vec2;

/**
 * The few numbers that tell the routine's body positions and camera views apart. Heights are along
 * the image's up direction, in torso lengths; NaN where the joints are not visible.
 *
 * @param torsoTiltDeg angle of the hip-to-shoulder line from the image horizontal, 0..90
 * @param shouldersAboveHips shoulder midpoint above hip midpoint
 * @param endOnRatio torso length over the torso length the shoulder width implies: about 1 when the
 *     torso is seen side on (or obliquely), well under 1 when seen end on (from the feet or head);
 *     +infinity when a shoulder is hidden (side views hide one)
 * @param shoulderLineTiltDeg angle of the shoulder line from the image horizontal, 0..90
 * @param kneesAboveHips knee midpoint above hip midpoint
 * @param kneesAboveAnkles knee midpoint above ankle midpoint
 * @param thighLength hip midpoint to knee midpoint, in the image
 * @param kneeFlexionDeg 180 minus the angle at the knee midpoint between hip and ankle midpoints
 */
public record PostureFeatures(
    double torsoTiltDeg,
    double shouldersAboveHips,
    double endOnRatio,
    double shoulderLineTiltDeg,
    double kneesAboveHips,
    double kneesAboveAnkles,
    double thighLength,
    double kneeFlexionDeg) {

  /** The features of one frame, or empty when the torso (shoulders and hips) is not visible. */
  public static Optional<PostureFeatures> of(BodyFrame body) {
    Optional<Vec2> s = body.shoulderMid();
    Optional<Vec2> h = body.hipMid();
    if (s.isEmpty() || h.isEmpty() || s.get().distanceTo(h.get()) < 1e-6) {
      return Optional.empty();
    }
    Vec2 torso = s.get().minus(h.get());
    double tilt = Math.toDegrees(Math.atan2(Math.abs(torso.y()), Math.abs(torso.x())));

    double endOn = Double.POSITIVE_INFINITY;
    double shoulderTilt = Double.NaN;
    Optional<Vec2> ls = body.point(LEFT_SHOULDER);
    Optional<Vec2> rs = body.point(RIGHT_SHOULDER);
    if (ls.isPresent() && rs.isPresent()) {
      Vec2 line = ls.get().minus(rs.get());
      double implied = line.norm() * Anthropometry.TORSO_PER_SHOULDER_WIDTH;
      endOn = implied > 0 ? torso.norm() / implied : Double.POSITIVE_INFINITY;
      shoulderTilt = Math.toDegrees(Math.atan2(Math.abs(line.y()), Math.abs(line.x())));
    }

    Optional<Vec2> k = body.mid(LEFT_KNEE, RIGHT_KNEE);
    Optional<Vec2> a = body.mid(LEFT_ANKLE, RIGHT_ANKLE);
    double kneesAboveHips = k.map(p -> up(body, p, h.get())).orElse(Double.NaN);
    double kneesAboveAnkles =
        k.isPresent() && a.isPresent() ? up(body, k.get(), a.get()) : Double.NaN;
    double thigh = k.map(p -> body.inTorsoLengths(p.distanceTo(h.get()))).orElse(Double.NaN);
    double kneeFlexion =
        k.isPresent()
                && a.isPresent()
                && k.get().distanceTo(h.get()) > 0
                && k.get().distanceTo(a.get()) > 0
            ? 180 - Vec2.angleDeg(h.get(), k.get(), a.get())
            : Double.NaN;

    return Optional.of(
        new PostureFeatures(
            tilt,
            up(body, s.get(), h.get()),
            endOn,
            shoulderTilt,
            kneesAboveHips,
            kneesAboveAnkles,
            thigh,
            kneeFlexion));
  }

  /** How far {@code p} is above {@code ref} along the image's up direction, in torso lengths. */
  private static double up(BodyFrame body, Vec2 p, Vec2 ref) {
    return body.inTorsoLengths(p.minus(ref).dot(Vec2.IMAGE_UP));
  }
}
