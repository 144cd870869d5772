package org.posecoach.synthetic;

import static org.posecoach.pose.Joint.*;

import org.posecoach.motion.vocabulary.Side;

/**
 * A person on hands and knees, head towards +x, knees at x = 0, driven by joint angles: neck angle,
 * shoulder lift and the bow of the back (cat-camel), sit-back (prayer stretch), shoulder roll and
 * one arm's path (thread the needle). The bowed spine is carried as the skeleton's {@link
 * Skeleton#spineMiddle()}, raised (or lowered) square to the straight hip-shoulder line.
 */
final class QuadrupedBody {

  /** Kneeling, the knee joint centre is about 5 cm above the floor. */
  static final double KNEE_HEIGHT_M = 0.05;

  /** The top of the foot rests on the floor; the ankle joint is about 6 cm up. */
  static final double ANKLE_HEIGHT_M = 0.06;

  /** Wrist joint about 4 cm above the floor with the palm flat. */
  static final double WRIST_HEIGHT_M = 0.04;

  /** Arms nearly straight: the shoulder stands at 97 % of the arm's length above the wrist. */
  static final double ARM_REACH_FRACTION = 0.97;

  /** For the prayer stretch the hands are placed about 32 cm further forward. */
  static final double HANDS_FORWARD_M = 0.32;

  /** The head hangs slightly below the torso line at rest. */
  static final double NEUTRAL_NECK_DEG = -12;

  /**
   * Pose parameters.
   *
   * @param neckDeg head-neck angle against the torso, positive raised
   * @param shoulderLiftM shoulders raised (cat) or sunk (camel), metres
   * @param spineBowM how far the middle of the back rises above the straight line from the pelvis
   *     to the shoulders, metres: positive rounded up (cat), negative dipped (camel)
   * @param sitBackDeg thighs tilted back from vertical
   * @param threadSide the arm that threads, or null
   * @param thread -1 (threaded under) .. 0 (start) .. 1 (reaching straight up)
   * @param headYawDeg head turned to the left (+)
   */
  record State(
      double neckDeg,
      double shoulderLiftM,
      double spineBowM,
      double sitBackDeg,
      Side threadSide,
      double thread,
      double headYawDeg) {}

  private final BodyDimensions d;
  private final boolean handsForward;
  private final LocalFrame f = LocalFrame.PRONE;

  QuadrupedBody(BodyDimensions dims, boolean handsForward) {
    this.d = dims;
    this.handsForward = handsForward;
  }

  Skeleton build(State st) {
    double s = d.scale();
    BodyBuilder b = new BodyBuilder(d);
    Vec3 pelvis = null;
    for (Side side : Side.values()) {
      int sx = side.sign();
      boolean l = side == Side.LEFT;
      Vec3 knee = f.at(0, sx * d.hipWidth() / 2, KNEE_HEIGHT_M * s);
      double drop = (KNEE_HEIGHT_M - ANKLE_HEIGHT_M) * s;
      Vec3 ankle =
          knee.plus(f.along().times(-Math.sqrt(Math.max(0, d.shank() * d.shank() - drop * drop))))
              .plus(f.up().times(-drop));
      double phi = Math.toRadians(st.sitBackDeg());
      Vec3 hip =
          knee.plus(f.up().times(d.thigh() * Math.cos(phi)))
              .plus(f.along().times(-d.thigh() * Math.sin(phi)));
      b.set(l ? LEFT_KNEE : RIGHT_KNEE, knee)
          .set(l ? LEFT_ANKLE : RIGHT_ANKLE, ankle)
          .set(l ? LEFT_HIP : RIGHT_HIP, hip);
      b.foot(l, f.along().times(-1), f.up());
      pelvis = pelvis == null ? hip.times(0.5) : pelvis.plus(hip.times(0.5));
    }

    // Neutral torso: shoulders an arm's reach above the floor, hands below them.
    Vec3 pelvis0 = f.at(0, 0, KNEE_HEIGHT_M * s + d.thigh());
    double shoulderZ = WRIST_HEIGHT_M * s + ARM_REACH_FRACTION * d.armLength();
    double sinB = Math.max(-1, Math.min(1, (shoulderZ - pelvis0.z()) / d.torso()));
    double b0 = Math.asin(sinB);
    Vec3 shoulders0 = pelvis0.plus(torsoDir(b0).times(d.torso()));
    double wristA = shoulders0.dot(f.along()) + (handsForward ? HANDS_FORWARD_M * s : 0);
    Vec3 wristMid = f.at(wristA, 0, WRIST_HEIGHT_M * s);

    Vec3 shoulders;
    if (handsForward) {
      shoulders = pelvis.plus(torsoDir(reachAngle(pelvis, wristMid)).times(d.torso()));
    } else {
      shoulders = shoulders0.plus(f.up().times(st.shoulderLiftM()));
    }
    double threadDown = st.threadSide() == null ? 0 : Math.max(0, -st.thread());
    shoulders = shoulders.plus(f.up().times(-0.12 * s * threadDown));
    Vec3 axis = shoulders.minus(pelvis).unit();
    // The back bows square to the hip-shoulder line, in the body's midplane.
    Vec3 backUp = f.up().minus(axis.times(f.up().dot(axis))).unit();
    Vec3 spineMiddle = pelvis.lerp(shoulders, 0.5).plus(backUp.times(st.spineBowM()));

    // Thread the needle rolls the shoulder line: down towards the threading side, then open.
    double rollDeg = 0;
    Vec3 rollTowards = f.up();
    if (st.threadSide() != null) {
      rollDeg = st.thread() < 0 ? st.thread() * 40 : st.thread() * 60;
    }
    for (Side side : Side.values()) {
      int sx = side.sign();
      boolean l = side == Side.LEFT;
      Vec3 offset = f.left().times(sx * d.shoulderWidth() / 2);
      if (st.threadSide() != null) {
        // The threading side's shoulder moves up for positive roll; the other follows rigidly.
        Vec3 threadOffset = f.left().times(st.threadSide().sign() * d.shoulderWidth() / 2);
        double sign =
            threadOffset.rotate(axis, 1e-3).minus(threadOffset).dot(rollTowards) >= 0 ? 1 : -1;
        offset = offset.rotate(axis, sign * Math.toRadians(rollDeg));
      }
      Vec3 shoulder = shoulders.plus(offset);
      Vec3 plantedWrist = wristMid.plus(f.left().times(sx * d.shoulderWidth() / 2));
      Vec3 wrist = plantedWrist;
      Vec3 pole = f.along().times(-1).plus(f.left().times(sx * 0.5));
      if (st.threadSide() == side) {
        double a = st.thread();
        if (a < 0) {
          Vec3 under =
              f.at(
                  shoulders.dot(f.along()),
                  -sx * (d.shoulderWidth() / 2 + 0.10 * s),
                  WRIST_HEIGHT_M * s);
          wrist = plantedWrist.lerp(under, -a);
        } else {
          double ang = Math.PI * a;
          Vec3 dir = f.up().times(-Math.cos(ang)).plus(f.left().times(sx * Math.sin(ang)));
          wrist = shoulder.plus(dir.times(0.95 * d.armLength()));
          wrist = new Vec3(wrist.x(), wrist.y(), Math.max(wrist.z(), WRIST_HEIGHT_M * s));
          pole = f.along().times(-1);
        }
      }
      Vec3 elbow = Ik.middle(shoulder, wrist, d.upperArm(), d.forearm(), pole);
      if (shoulder.distanceTo(wrist) > d.armLength()) {
        wrist = elbow.plus(wrist.minus(elbow).unit().times(d.forearm()));
      }
      b.set(l ? LEFT_SHOULDER : RIGHT_SHOULDER, shoulder)
          .set(l ? LEFT_ELBOW : RIGHT_ELBOW, elbow)
          .set(l ? LEFT_WRIST : RIGHT_WRIST, wrist);
      b.hand(l, f.left().times(-sx));
    }

    // Head: along the neck, which is the torso line turned by the neck angle.
    Vec3 neck = LocalFrame.tilt(axis, f.left(), f.up(), st.neckDeg());
    Vec3 down = f.up().times(-1);
    Vec3 face = down.minus(neck.times(down.dot(neck))).unit();
    Vec3 top = neck;
    if (st.threadSide() != null) {
      double turn = rollDeg * 0.8;
      Vec3 threadLeft = f.left().times(st.threadSide().sign());
      face = LocalFrame.tilt(face, axis, threadLeft, turn);
    }
    face = LocalFrame.tilt(face, top, f.left(), st.headYawDeg());
    b.head(shoulders.plus(neck.times(d.neck())), face, top);
    return b.build().withSpineMiddle(spineMiddle);
  }

  private Vec3 torsoDir(double radians) {
    return f.along().times(Math.cos(radians)).plus(f.up().times(Math.sin(radians)));
  }

  /** The highest torso angle whose shoulders are within arm's reach of the planted hands. */
  private double reachAngle(Vec3 pelvis, Vec3 wristMid) {
    double target = ARM_REACH_FRACTION * d.armLength();
    double best = 0;
    double bestErr = Double.MAX_VALUE;
    for (double deg = 60; deg >= -70; deg -= 0.5) {
      double r = Math.toRadians(deg);
      Vec3 sh = pelvis.plus(torsoDir(r).times(d.torso()));
      double err = sh.distanceTo(wristMid) - target;
      if (err <= 0) {
        return r;
      }
      if (err < bestErr) {
        bestErr = err;
        best = r;
      }
    }
    return best;
  }
}
