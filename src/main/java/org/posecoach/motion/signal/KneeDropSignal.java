package org.posecoach.motion.signal;

import static org.posecoach.motion.signal.JointGroups.EITHER_HIP;
import static org.posecoach.motion.signal.JointGroups.EITHER_KNEE;
import static org.posecoach.motion.signal.JointGroups.EITHER_SHOULDER;
import static org.posecoach.pose.Joint.LEFT_ANKLE;
import static org.posecoach.pose.Joint.LEFT_ELBOW;
import static org.posecoach.pose.Joint.LEFT_HIP;
import static org.posecoach.pose.Joint.LEFT_KNEE;
import static org.posecoach.pose.Joint.LEFT_SHOULDER;
import static org.posecoach.pose.Joint.LEFT_WRIST;
import static org.posecoach.pose.Joint.RIGHT_ANKLE;
import static org.posecoach.pose.Joint.RIGHT_ELBOW;
import static org.posecoach.pose.Joint.RIGHT_HIP;
import static org.posecoach.pose.Joint.RIGHT_KNEE;
import static org.posecoach.pose.Joint.RIGHT_SHOULDER;
import static org.posecoach.pose.Joint.RIGHT_WRIST;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.posecoach.motion.body.Anthropometry;
import org.posecoach.motion.body.BodyFrame;
import org.posecoach.motion.body.Vec2;
import org.posecoach.pose.Joint;
import org.posecoach.pose.Keypoint;
import org.posecoach.pose.Pose;

/**
 * Lumbar rotation seen from the side: how far the bent knees have dropped, in torso lengths; the
 * side they dropped to from whether they came towards the camera or went away from it.
 *
 * <p><b>Value.</b> Lying on the back with the knees up, the knees stand about 0.6 torso lengths
 * above the hips (measured along the image's up, which is the body's up when lying flat before an
 * upright camera). Rocking them to either side rotates the leg pair about the long axis, so their
 * height falls with the cosine of the rotation; the value is minus that height (it rises as the
 * knees drop). A side camera sees drops to both sides alike.
 *
 * <p><b>Side.</b> The rotation is about the body's long axis, so the knees move only in the plane
 * across the body: down, and towards the camera (a drop to the side facing it) or away from it. The
 * drop is the same either way; the depth is the difference. Which knee ends up under the other does
 * not tell it reliably: the far knee, dropped away, hides behind the near leg, where a pose model
 * guesses it (on the rendered clip the near knee read lower both ways). Depth is read three ways:
 *
 * <ul>
 *   <li><i>Perspective</i> (any 2D model). A point coming towards a pinhole camera moves in the
 *       image away from the vanishing point of its direction of travel, and a receding one towards
 *       it. The knees travel along the body's left-right axis, whose vanishing point lies on the
 *       image centre's vertical when the mat is square to the camera, off it by {@code f tan(yaw)}
 *       when the mat is turned. Along the image of the body's long axis the knees do not otherwise
 *       move (the rotation keeps that coordinate), so their shift along it, relative to the hips,
 *       is all depth: {@code shift = -(depth / torso) * D} with {@code D = sin(yaw) - x / f}, where
 *       {@code x} is the knee's position along the axis from the image centre and {@code f} the
 *       focal length (about 0.87 image widths for a 60 degree webcam). The mat's yaw is measured
 *       from the shoulder and hip pairs, whose far joint lies {@code width * D} from the near one
 *       along the axis (the same law, at the pair's position, with the pair's known width).
 *   <li><i>Model depth</i> (BlazePose). The knee's relative depth {@code z} against the hips'; in
 *       practice weak and often only responsive to the knee approaching.
 *   <li><i>Pelvis roll</i>. The pelvis rolls with the knees, less far, so the near hip drops below
 *       the far one as the knees come nearer.
 * </ul>
 *
 * Each is a noisy observation linear in the same unknown, the knees' approach; the vote is its
 * posterior mean (inverse-variance weights: image positions good to about 2 % of the torso, model
 * depth to about 10 %, and a prior of no approach with a spread of one torso length), so the
 * perspective term fades out where it carries no information ({@code D} near 0: knees at the
 * vanishing point) and the others decide there. A knee that came towards the camera dropped towards
 * the side facing it. Which side faces the camera is read from the start position: the near side's
 * joints are scored more visible and, with model depth, nearer. The vote is the depth change in
 * torso lengths, signed for the side.
 *
 * <p>Everything is measured along the image of the body's own axis and with the person's own
 * left/right labels, so it reads the same with the head to either side of the image and in a
 * mirrored image. Unlike the other signals the vote depends on where the knees are in the image:
 * that is the physics it reads.
 */
public final class KneeDropSignal implements ExerciseSignal {

  /**
   * Knees at 0.62 torso lengths above the hip line (thigh 0.85 torso lengths, raised 47 degrees)
   * rotated 55 degrees to a side (the routine's usual range) drop by 0.62 * (1 - cos 55) = 0.27.
   */
  private static final double NOMINAL_DROP_TORSO_LENGTHS = 0.27;

  /**
   * The focal length assumed, in image widths (the longer side): a 60 degree horizontal field of
   * view, the middle of laptop webcams' 50-78 degrees. It scales only the perspective term against
   * the yaw term, never the sign of a knee far from the vanishing point.
   */
  static final double FOCAL_PER_IMAGE_WIDTH = 0.5 / Math.tan(Math.toRadians(30));

  /** Keypoint positions, relative to the body, scatter by about 2 % of the torso. */
  static final double POSITION_SIGMA_TORSO = 0.02;

  /** Model depth (BlazePose z) is much weaker: about 10 % of the torso. */
  static final double DEPTH_SIGMA_TORSO = 0.10;

  /**
   * The pelvis rolls with the knees, less far: the near hip drops below the far one by about 0.2
   * torso lengths per torso length the knees come towards the camera. Hip keypoints 0.59 torso
   * lengths apart rolled by a quarter of the knees' rotation, the knees turning 0.75 torso lengths
   * from the body's axis: 0.59 sin(t/4) / (0.75 sin t), about 0.2 for any t up to 60 degrees.
   * (People roll the pelvis by a quarter to a half of the knees' rotation; pose models report less,
   * the rendered clip's a tenth.)
   */
  static final double PELVIS_ROLL_PER_APPROACH = 0.2;

  /** A prior of no depth change, one torso length wide: no information reads as no vote. */
  static final double PRIOR_SIGMA_TORSO = 1.0;

  // The cues, in order.
  static final int L_ALONG = 0; // left knee from the hip midpoint, along the axis, torso lengths
  static final int L_POS = 1; // left knee from the image centre, along the axis, focal lengths
  static final int L_DEPTH = 2; // left knee's model depth against the hips', torso lengths
  static final int R_ALONG = 3;
  static final int R_POS = 4;
  static final int R_DEPTH = 5;
  static final int SHOULDER_OFFSET = 6; // right minus left shoulder along the axis, torso lengths
  static final int SHOULDER_POS = 7; // their midpoint from the image centre, focal lengths
  static final int HIP_OFFSET = 8;
  static final int HIP_POS = 9;
  static final int LEFT_MORE_VISIBLE = 10; // mean score of left joints minus right ones
  static final int LEFT_NEARER = 11; // mean model depth of right minus left torso joints
  static final int LEFT_HIP_BELOW = 12; // left hip below the right one in the image, torso lengths
  static final int KNEE_ACROSS = 13; // knee midpoint right of the hip midpoint, torso lengths
  static final int HIP_ACROSS = 14; // left hip right of the right hip in the image, torso lengths
  static final int SHOULDER_ACROSS = 15; // left shoulder right of the right one, torso lengths
  private static final int CUES = 16;

  /**
   * Seen more than about 20 degrees off the side (the hips then stand apart across the picture by
   * over a third of their width), the knees' swing to a side shows directly in the picture, larger
   * than any perspective shift: the side is read from it.
   */
  static final double OBLIQUE_MIN_ACROSS = 0.35;

  /** Pairs whose visibility tells the near side. */
  private static final List<Joint[]> VISIBILITY_PAIRS =
      List.of(
          new Joint[] {LEFT_SHOULDER, RIGHT_SHOULDER},
          new Joint[] {LEFT_HIP, RIGHT_HIP},
          new Joint[] {LEFT_KNEE, RIGHT_KNEE},
          new Joint[] {LEFT_ANKLE, RIGHT_ANKLE},
          new Joint[] {LEFT_ELBOW, RIGHT_ELBOW},
          new Joint[] {LEFT_WRIST, RIGHT_WRIST});

  /** Shoulder keypoint width in torso lengths (Drillis-Contini, see {@link Anthropometry}). */
  private static final double SHOULDER_WIDTH_TORSO =
      Anthropometry.SHOULDER_WIDTH_PER_HEIGHT / Anthropometry.TORSO_PER_HEIGHT;

  /** Hip keypoint width in torso lengths. */
  private static final double HIP_WIDTH_TORSO =
      Anthropometry.HIP_WIDTH_PER_HEIGHT / Anthropometry.TORSO_PER_HEIGHT;

  private static final SignalSpec SPEC =
      SignalSpec.builder("knee_drop", SignalSpec.TORSO_LENGTHS, SignalShape.VOTED_SIDES)
          .nominalRange(NOMINAL_DROP_TORSO_LENGTHS)
          .requires(EITHER_SHOULDER, EITHER_HIP, EITHER_KNEE)
          .optSidesNotComparable()
          // A height that follows {@code 1 - cos} of the rotation: flat at first.
          .optQuadraticNearRest(true)
          .build();

  @Override
  public SignalSpec spec() {
    return SPEC;
  }

  @Override
  public Optional<SignalSample> measure(BodyFrame body) {
    Optional<Vec2> hip = body.hipMid();
    Optional<Vec2> knee = body.mid(LEFT_KNEE, RIGHT_KNEE);
    Optional<Vec2> axis = body.torsoAxis();
    if (hip.isEmpty() || knee.isEmpty() || axis.isEmpty()) {
      return Optional.empty();
    }
    // Heights along the image's up: the camera stands upright and the body lies flat, so this is
    // the body's up too, without the jitter of a torso line drawn through two noisy points.
    double height = body.inTorsoLengths(knee.get().minus(hip.get()).dot(Vec2.IMAGE_UP));
    return Optional.of(SignalSample.withCues(-height, cues(body, hip.get(), axis.get())));
  }

  private static SideCues cues(BodyFrame body, Vec2 hip, Vec2 axis) {
    Pose pose = body.pose();
    Vec2 centre = new Vec2(pose.imageWidth() / 2.0, pose.imageHeight() / 2.0);
    double focalPx = FOCAL_PER_IMAGE_WIDTH * Math.max(pose.imageWidth(), pose.imageHeight());
    double[] c = new double[CUES];
    Arrays.fill(c, Double.NaN);
    OptionalDouble hipDepth = hipDepth(body);
    int[][] knees = {{L_ALONG, L_POS, L_DEPTH}, {R_ALONG, R_POS, R_DEPTH}};
    Joint[] kneeJoints = {LEFT_KNEE, RIGHT_KNEE};
    for (int i = 0; i < 2; i++) {
      // Only joints actually seen: a bridged joint repeats the pair's old offset.
      Optional<Vec2> k = body.observed(kneeJoints[i]);
      if (k.isEmpty()) {
        continue;
      }
      c[knees[i][0]] = body.inTorsoLengths(k.get().minus(hip).dot(axis));
      c[knees[i][1]] = k.get().minus(centre).dot(axis) / focalPx;
      OptionalDouble z = body.depth(kneeJoints[i]);
      if (z.isPresent() && hipDepth.isPresent()) {
        c[knees[i][2]] = body.inTorsoLengths(z.getAsDouble() - hipDepth.getAsDouble());
      }
    }
    pair(body, LEFT_SHOULDER, RIGHT_SHOULDER, axis, centre, focalPx, c, SHOULDER_OFFSET);
    pair(body, LEFT_HIP, RIGHT_HIP, axis, centre, focalPx, c, HIP_OFFSET);
    Optional<Vec2> lh = body.observed(LEFT_HIP);
    Optional<Vec2> rh = body.observed(RIGHT_HIP);
    if (lh.isPresent() && rh.isPresent()) {
      c[LEFT_HIP_BELOW] = body.inTorsoLengths(rh.get().minus(lh.get()).dot(Vec2.IMAGE_UP));
    }
    Optional<Vec2> lk = body.observed(LEFT_KNEE);
    Optional<Vec2> rk = body.observed(RIGHT_KNEE);
    Optional<Vec2> kneesSeen =
        lk.isPresent() && rk.isPresent()
            ? Optional.of(Vec2.midpoint(lk.get(), rk.get()))
            : lk.or(() -> rk);
    kneesSeen.ifPresent(k -> c[KNEE_ACROSS] = body.inTorsoLengths(k.x() - hip.x()));
    if (lh.isPresent() && rh.isPresent()) {
      c[HIP_ACROSS] = body.inTorsoLengths(lh.get().x() - rh.get().x());
    }
    Optional<Vec2> ls = body.observed(LEFT_SHOULDER);
    Optional<Vec2> rs = body.observed(RIGHT_SHOULDER);
    if (ls.isPresent() && rs.isPresent()) {
      c[SHOULDER_ACROSS] = body.inTorsoLengths(ls.get().x() - rs.get().x());
    }
    c[LEFT_MORE_VISIBLE] = leftMoreVisible(pose);
    c[LEFT_NEARER] = leftNearer(body);
    return new SideCues(c);
  }

  private static void pair(
      BodyFrame body,
      Joint left,
      Joint right,
      Vec2 axis,
      Vec2 centre,
      double focalPx,
      double[] c,
      int at) {
    Optional<Vec2> l = body.observed(left);
    Optional<Vec2> r = body.observed(right);
    if (l.isPresent() && r.isPresent()) {
      c[at] = body.inTorsoLengths(r.get().minus(l.get()).dot(axis));
      c[at + 1] = Vec2.midpoint(l.get(), r.get()).minus(centre).dot(axis) / focalPx;
    }
  }

  private static OptionalDouble hipDepth(BodyFrame body) {
    OptionalDouble l = body.depth(LEFT_HIP);
    OptionalDouble r = body.depth(RIGHT_HIP);
    if (l.isEmpty() || r.isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((l.getAsDouble() + r.getAsDouble()) / 2);
  }

  /** Mean over left/right pairs of the left joint's score minus the right's (raw scores). */
  private static double leftMoreVisible(Pose pose) {
    double sum = 0;
    int n = 0;
    for (Joint[] p : VISIBILITY_PAIRS) {
      Optional<Keypoint> l = pose.find(p[0]);
      Optional<Keypoint> r = pose.find(p[1]);
      if (l.isPresent() && r.isPresent()) {
        sum += l.get().score() - r.get().score();
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /** Mean over the shoulder and hip pairs of the right joint's depth minus the left's. */
  private static double leftNearer(BodyFrame body) {
    double sum = 0;
    int n = 0;
    for (Joint[] p :
        List.of(new Joint[] {LEFT_SHOULDER, RIGHT_SHOULDER}, new Joint[] {LEFT_HIP, RIGHT_HIP})) {
      OptionalDouble l = body.depth(p[0]);
      OptionalDouble r = body.depth(p[1]);
      if (l.isPresent() && r.isPresent()) {
        sum += body.inTorsoLengths(r.getAsDouble() - l.getAsDouble());
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  @Override
  public double sideVote(SideCues now, SideCues start) {
    if (now.size() != CUES || start.size() != CUES) {
      return Double.NaN;
    }
    double across = acrossPerLateral(start);
    if (Math.abs(across) >= OBLIQUE_MIN_ACROSS && seen(now, start, KNEE_ACROSS)) {
      // Seen obliquely: a step to the person's left moves a point across the picture by
      // `across`; the knees' move across, relative to the hips, is their swing to a side.
      return (now.get(KNEE_ACROSS) - start.get(KNEE_ACROSS)) / across;
    }
    double near = nearSide(start);
    if (near == 0) {
      return Double.NaN;
    }
    // Prefer the near knee: the far one is partly hidden and often guessed.
    int k = near > 0 ? L_ALONG : R_ALONG;
    if (!seen(now, start, k) || !seen(now, start, k + 1)) {
      k = near > 0 ? R_ALONG : L_ALONG;
      if (!seen(now, start, k) || !seen(now, start, k + 1)) {
        return Double.NaN;
      }
    }
    double approach = approach(now, start, k, yaw(start, near), near);
    return near * approach;
  }

  /**
   * How far across the picture (image x, torso lengths) a point moves per torso length towards the
   * person's left, from how far apart the hip and shoulder pairs stand in the start position
   * against their known widths; 0 when neither pair was seen. Near 0 from the side.
   */
  static double acrossPerLateral(SideCues start) {
    double sum = 0;
    double weights = 0;
    double[][] pairs = {{HIP_ACROSS, HIP_WIDTH_TORSO}, {SHOULDER_ACROSS, SHOULDER_WIDTH_TORSO}};
    for (double[] p : pairs) {
      double offset = start.get((int) p[0]);
      if (!Double.isNaN(offset)) {
        double w = p[1] * p[1];
        sum += w * offset / p[1];
        weights += w;
      }
    }
    return weights == 0 ? 0 : sum / weights;
  }

  /** +1 when the person's left faces the camera, -1 the right, 0 when it cannot be told. */
  static double nearSide(SideCues start) {
    double evidence = 0;
    if (!Double.isNaN(start.get(LEFT_MORE_VISIBLE))) {
      evidence += start.get(LEFT_MORE_VISIBLE);
    }
    if (!Double.isNaN(start.get(LEFT_NEARER))) {
      evidence += start.get(LEFT_NEARER);
    }
    return Math.signum(evidence);
  }

  /**
   * The sine of the mat's yaw, signed so that the far joint of a pair lies {@code width * (yaw -
   * position)} from the near one along the body axis (in torso lengths, position in focal lengths
   * from the image centre); 0 (square) when no pair was seen. Each pair gives an estimate; the
   * wider shoulders count more (their offset's relative error is smaller).
   */
  static double yaw(SideCues start, double near) {
    double sum = 0;
    double weights = 0;
    double[][] pairs = {
      {SHOULDER_OFFSET, SHOULDER_WIDTH_TORSO}, {HIP_OFFSET, HIP_WIDTH_TORSO},
    };
    for (double[] p : pairs) {
      int at = (int) p[0];
      double width = p[1];
      double offset = start.get(at);
      double pos = start.get(at + 1);
      if (Double.isNaN(offset) || Double.isNaN(pos)) {
        continue;
      }
      // Far minus near: right minus left when the left is near.
      double farMinusNear = near * offset;
      double estimate = farMinusNear / width + pos;
      double w = width * width;
      sum += w * estimate;
      weights += w;
    }
    return weights == 0 ? 0 : sum / weights;
  }

  /**
   * The knees' approach to the camera since the start position, in torso lengths (negative: they
   * went away): the posterior mean of one unknown, the approach {@code a}, given independent noisy
   * observations that each depend on it linearly, and a prior of no approach.
   *
   * <ul>
   *   <li>the knee's shift along the body axis, relative to the hips: {@code -a * D};
   *   <li>the knee's model depth against the hips' (where given): {@code -a};
   *   <li>the near hip's drop below the far one: {@code k * a}, the pelvis rolling with the knees.
   * </ul>
   */
  private static double approach(SideCues now, SideCues start, int along, double yaw, double near) {
    double shift = now.get(along) - start.get(along);
    // How the knee's position along the axis responds to coming nearer: -D per torso length.
    double d = yaw - now.get(along + 1);
    double vp = 1 / (POSITION_SIGMA_TORSO * POSITION_SIGMA_TORSO);
    double numerator = -shift * d * vp;
    double precision = d * d * vp + 1 / (PRIOR_SIGMA_TORSO * PRIOR_SIGMA_TORSO);
    int depth = along + 2;
    if (seen(now, start, depth)) {
      double vz = 1 / (DEPTH_SIGMA_TORSO * DEPTH_SIGMA_TORSO);
      numerator += -(now.get(depth) - start.get(depth)) * vz;
      precision += vz;
    }
    if (seen(now, start, LEFT_HIP_BELOW)) {
      // A difference of two keypoints: twice the variance of one.
      double vh = vp / 2;
      double drop = near * (now.get(LEFT_HIP_BELOW) - start.get(LEFT_HIP_BELOW));
      numerator += drop * PELVIS_ROLL_PER_APPROACH * vh;
      precision += PELVIS_ROLL_PER_APPROACH * PELVIS_ROLL_PER_APPROACH * vh;
    }
    return numerator / precision;
  }

  private static boolean seen(SideCues now, SideCues start, int i) {
    return !Double.isNaN(now.get(i)) && !Double.isNaN(start.get(i));
  }
}
