package org.posecoach.synthetic;

import static org.posecoach.pose.Joint.*;

import org.posecoach.motion.vocabulary.Side;

/**
 * A person lying on the back, head towards +x, pelvis at the origin, driven by joint angles.
 *
 * <p>Build in order: {@link #legs}, then {@link #arms} (wrist targets may use the legs' joints),
 * then {@link #build}.
 */
final class SupineBody {

  /** Lying, the hip joint centres sit about 10 cm above the floor (buttock thickness). */
  static final double HIP_HEIGHT_M = 0.10;

  /** Lying, the shoulder joints sit about 10 cm above the floor. */
  static final double SHOULDER_HEIGHT_M = 0.10;

  /** Knees bent with the feet close to the bottom: thighs raised about 50 degrees. */
  static final double NEUTRAL_HIP_FLEXION_DEG = 50;

  /** Knees held together: each knee turned 15 degrees towards the midline. */
  static final double KNEE_IN_DEG = 15;

  /**
   * One leg's joint angles.
   *
   * @param hipFlexionDeg thigh raised from the floor, degrees
   * @param kneeFlexionDeg knee bend; NaN keeps the foot planted on the floor
   * @param crossDeg thigh turned across the body towards the other side (glute stretch)
   * @param swayDeg the bent leg rocked about the hip-ankle line, positive towards the left
   */
  record Leg(double hipFlexionDeg, double kneeFlexionDeg, double crossDeg, double swayDeg) {
    static Leg planted(double swayDeg) {
      return new Leg(NEUTRAL_HIP_FLEXION_DEG, Double.NaN, 0, swayDeg);
    }
  }

  private final BodyDimensions d;
  private final LocalFrame f = LocalFrame.SUPINE;
  private final BodyBuilder b;
  private final Vec3 pelvis;
  private final Vec3 shoulders;

  SupineBody(BodyDimensions dims) {
    d = dims;
    b = new BodyBuilder(dims);
    pelvis = f.at(0, 0, HIP_HEIGHT_M * d.scale());
    shoulders = f.at(d.torso(), 0, SHOULDER_HEIGHT_M * d.scale());
  }

  /** The neutral knee bend that keeps a planted foot on the floor, degrees. */
  double plantedKneeFlexionDeg() {
    Vec3 hip = pelvis;
    double a = Math.toRadians(NEUTRAL_HIP_FLEXION_DEG);
    double kneeZ = hip.z() + d.thigh() * Math.sin(a);
    double shank = -Math.asin(clamp((kneeZ - d.ankleHeight()) / d.shank()));
    return NEUTRAL_HIP_FLEXION_DEG - Math.toDegrees(shank);
  }

  /**
   * Places hips, knees, ankles and feet.
   *
   * @param pelvisRollDeg pelvis rolled towards the left (left hip down), degrees
   */
  SupineBody legs(Leg left, Leg right, double pelvisRollDeg) {
    leg(Side.LEFT, left, pelvisRollDeg);
    leg(Side.RIGHT, right, pelvisRollDeg);
    return this;
  }

  private void leg(Side side, Leg leg, double rollDeg) {
    int sx = side.sign();
    Vec3 hipOffset = f.left().times(sx * d.hipWidth() / 2);
    Vec3 rolled = hipOffset.rotate(f.along(), Math.toRadians(rollDeg));
    Vec3 hip = pelvis.plus(rolled);
    Vec3 unrolledHip = pelvis.plus(hipOffset);
    Vec3 knee;
    Vec3 ankle;
    Vec3 toes;
    Vec3 sole;
    if (Double.isNaN(leg.kneeFlexionDeg())) {
      // Planted foot: its place follows from the neutral leg; the knee is found by IK.
      double a = Math.toRadians(leg.hipFlexionDeg());
      Vec3 thigh = f.along().times(-Math.cos(a)).plus(f.up().times(Math.sin(a)));
      Vec3 knee0 = unrolledHip.plus(thigh.times(d.thigh()));
      double s = -Math.asin(clamp((knee0.z() - d.ankleHeight()) / d.shank()));
      Vec3 shank = f.along().times(-Math.cos(s)).plus(f.up().times(Math.sin(s)));
      ankle = knee0.plus(shank.times(d.shank()));
      Vec3 axis = ankle.minus(hip).unit();
      Vec3 pole = f.up().minus(axis.times(f.up().dot(axis)));
      pole = LocalFrame.tilt(pole, axis, f.left().times(-sx), KNEE_IN_DEG);
      knee = Ik.middle(hip, ankle, d.thigh(), d.shank(), pole);
      if (rollDeg != 0) {
        // Solved from the rolled hip, the knee would also slide towards the head or the feet by up
        // to 5 cm; a leg rocking about its hip-ankle line keeps the knee's place along the body
        // (as the rendered clip shows), and the slide would fake or hide the perspective cue of
        // depth that the side view reads. Keep the unrolled leg's place along the body.
        Vec3 unrolledAxis = ankle.minus(unrolledHip).unit();
        Vec3 unrolledPole = f.up().minus(unrolledAxis.times(f.up().dot(unrolledAxis)));
        unrolledPole =
            LocalFrame.tilt(unrolledPole, unrolledAxis, f.left().times(-sx), KNEE_IN_DEG);
        Vec3 unrolledKnee = Ik.middle(unrolledHip, ankle, d.thigh(), d.shank(), unrolledPole);
        knee = knee.plus(f.along().times(unrolledKnee.minus(knee).dot(f.along())));
      }
      if (leg.swayDeg() != 0) {
        // Knees held together rock as a pair about the body's long axis through the pelvis, so
        // the knee on the side they fall to ends up under the other (as in the rendered clips);
        // the thighs stretch or shorten by up to ~15 % where a real pelvis would roll further.
        Vec3 rel = knee.minus(pelvis);
        Vec3 along = f.along().times(rel.dot(f.along()));
        knee =
            pelvis
                .plus(along)
                .plus(LocalFrame.tilt(rel.minus(along), f.along(), f.left(), leg.swayDeg()));
      }
      toes = LocalFrame.tilt(f.along().times(-1), f.up(), f.left().times(sx), 10);
      sole = f.up().times(-1);
    } else {
      double a = Math.toRadians(leg.hipFlexionDeg());
      double s = a - Math.toRadians(leg.kneeFlexionDeg());
      Vec3 thigh = f.along().times(-Math.cos(a)).plus(f.up().times(Math.sin(a)));
      Vec3 shank = f.along().times(-Math.cos(s)).plus(f.up().times(Math.sin(s)));
      Vec3 kneeRel = thigh.times(d.thigh());
      Vec3 ankleRel = kneeRel.plus(shank.times(d.shank()));
      Vec3 across = f.left().times(-sx);
      kneeRel = LocalFrame.tilt(kneeRel, f.along(), across, leg.crossDeg());
      ankleRel = LocalFrame.tilt(ankleRel, f.along(), across, leg.crossDeg());
      Vec3 swayAxis = ankleRel.unit();
      kneeRel = LocalFrame.tilt(kneeRel, swayAxis, f.left(), leg.swayDeg());
      knee = hip.plus(kneeRel);
      ankle = hip.plus(ankleRel);
      Vec3 shin = ankle.minus(knee).unit();
      toes = f.up().minus(shin.times(f.up().dot(shin))).unit();
      if (toes.norm() < 1e-6) {
        toes = f.along().times(-1);
      }
      sole = shin;
    }
    boolean l = side == Side.LEFT;
    b.set(l ? LEFT_HIP : RIGHT_HIP, hip)
        .set(l ? LEFT_KNEE : RIGHT_KNEE, knee)
        .set(l ? LEFT_ANKLE : RIGHT_ANKLE, ankle);
    b.foot(l, toes, sole);
    legJoints[l ? 0 : 1] = new Vec3[] {hip, knee, ankle};
  }

  private final Vec3[][] legJoints = new Vec3[2][];

  Vec3 knee(Side side) {
    return legJoints[side == Side.LEFT ? 0 : 1][1];
  }

  Vec3 ankle(Side side) {
    return legJoints[side == Side.LEFT ? 0 : 1][2];
  }

  Vec3 shoulder(Side side) {
    return shoulders.plus(f.left().times(side.sign() * d.shoulderWidth() / 2));
  }

  /** Where a resting hand lies: on the floor beside the hip. */
  Vec3 restingWrist(Side side) {
    int sx = side.sign();
    Vec3 s = shoulder(side);
    Vec3 elbow =
        s.plus(f.along().times(-d.upperArm() * Math.cos(Math.toRadians(15))))
            .plus(f.left().times(sx * d.upperArm() * Math.sin(Math.toRadians(15))))
            .plus(f.up().times(-0.03 * d.scale()));
    return elbow
        .plus(f.along().times(-d.forearm() * Math.cos(Math.toRadians(8))))
        .plus(f.left().times(sx * d.forearm() * Math.sin(Math.toRadians(8))))
        .plus(f.up().times(-0.02 * d.scale()));
  }

  /** Places the arms, each reaching for a wrist target (world point). */
  SupineBody arms(Vec3 leftWrist, Vec3 rightWrist) {
    arm(Side.LEFT, leftWrist);
    arm(Side.RIGHT, rightWrist);
    return this;
  }

  private void arm(Side side, Vec3 wristTarget) {
    int sx = side.sign();
    Vec3 s = shoulder(side);
    Vec3 pole = f.left().times(sx).plus(f.up().times(-0.3)).plus(f.along().times(-0.3));
    Vec3 elbow = Ik.middle(s, wristTarget, d.upperArm(), d.forearm(), pole);
    Vec3 wrist = elbow.plus(wristTarget.minus(elbow).unit().times(d.forearm()));
    if (s.distanceTo(wristTarget) < d.armLength()) {
      wrist = wristTarget;
    }
    boolean l = side == Side.LEFT;
    b.set(l ? LEFT_SHOULDER : RIGHT_SHOULDER, s)
        .set(l ? LEFT_ELBOW : RIGHT_ELBOW, elbow)
        .set(l ? LEFT_WRIST : RIGHT_WRIST, wrist);
    b.hand(l, f.up());
  }

  /** Places the head; pitch raises the chin towards the chest (+), yaw turns it to the left (+). */
  SupineBody head(double pitchDeg, double yawDeg) {
    Vec3 centre =
        shoulders.plus(f.along().times(d.neck() * 0.95)).plus(f.up().times(0.03 * d.scale()));
    Vec3 face = f.up();
    Vec3 top = f.along();
    face = LocalFrame.tilt(face, f.left(), f.along().times(-1), pitchDeg);
    top = LocalFrame.tilt(top, f.left(), f.up(), pitchDeg);
    face = LocalFrame.tilt(face, top, f.left(), yawDeg);
    b.head(centre, face, top);
    return this;
  }

  Skeleton build() {
    return b.build();
  }

  LocalFrame frame() {
    return f;
  }

  private static double clamp(double v) {
    return Math.max(-1, Math.min(1, v));
  }
}
