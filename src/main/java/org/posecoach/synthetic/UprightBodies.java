package org.posecoach.synthetic;

import static org.posecoach.pose.Joint.*;

import java.util.EnumSet;
import org.posecoach.motion.vocabulary.Side;
import org.posecoach.pose.Joint;

/**
 * Key poses on the way into and out of the exercise positions: standing, squatting, sitting on the
 * floor and kneeling upright. The performer moves between key poses by interpolating joints.
 */
final class UprightBodies {

  private UprightBodies() {}

  /**
   * Standing upright.
   *
   * @param frame gives the person's left and up; the person faces {@code front}
   * @param front unit direction the person faces
   * @param feetAlong position of the feet along the mat (x)
   */
  static Skeleton standing(BodyDimensions d, LocalFrame frame, Vec3 front, double feetAlong) {
    BodyBuilder b = new BodyBuilder(d);
    Vec3 base = Vec3.X.times(feetAlong);
    Vec3 pelvis = null;
    for (Side side : Side.values()) {
      boolean l = side == Side.LEFT;
      Vec3 lat = frame.left().times(side.sign() * d.hipWidth() / 2);
      Vec3 ankle = base.plus(lat).plus(Vec3.Z.times(d.ankleHeight()));
      Vec3 knee = ankle.plus(Vec3.Z.times(d.shank())).plus(front.times(0.01));
      Vec3 hip = knee.plus(Vec3.Z.times(d.thigh()));
      b.set(l ? LEFT_ANKLE : RIGHT_ANKLE, ankle)
          .set(l ? LEFT_KNEE : RIGHT_KNEE, knee)
          .set(l ? LEFT_HIP : RIGHT_HIP, hip);
      b.foot(l, front, Vec3.Z.times(-1));
      pelvis = pelvis == null ? hip.times(0.5) : pelvis.plus(hip.times(0.5));
    }
    upperBody(b, d, frame, front, pelvis, Vec3.Z, hanging(d, frame));
    return b.build();
  }

  /** Kneeling upright facing +x, knees where the hands-and-knees position puts them. */
  static Skeleton kneelingUpright(BodyDimensions d) {
    LocalFrame frame = LocalFrame.PRONE;
    double s = d.scale();
    BodyBuilder b = new BodyBuilder(d);
    Vec3 pelvis = null;
    for (Side side : Side.values()) {
      boolean l = side == Side.LEFT;
      Vec3 knee = frame.at(0, side.sign() * d.hipWidth() / 2, QuadrupedBody.KNEE_HEIGHT_M * s);
      Vec3 ankle = knee.plus(frame.along().times(-d.shank())).plus(Vec3.Z.times(-0.01 * s));
      Vec3 hip = knee.plus(Vec3.Z.times(d.thigh()));
      b.set(l ? LEFT_ANKLE : RIGHT_ANKLE, ankle)
          .set(l ? LEFT_KNEE : RIGHT_KNEE, knee)
          .set(l ? LEFT_HIP : RIGHT_HIP, hip);
      b.foot(l, frame.along().times(-1), Vec3.Z);
      pelvis = pelvis == null ? hip.times(0.5) : pelvis.plus(hip.times(0.5));
    }
    upperBody(b, d, frame, frame.along(), pelvis, Vec3.Z, hanging(d, frame));
    return b.build();
  }

  /** Squatting over the feet of the lying position, facing -x, about to sit down. */
  static Skeleton squatting(BodyDimensions d, Skeleton supineStart) {
    LocalFrame frame = LocalFrame.SUPINE;
    Vec3 front = Vec3.X.times(-1);
    BodyBuilder b = new BodyBuilder(d);
    Vec3 pelvis = null;
    for (Side side : Side.values()) {
      boolean l = side == Side.LEFT;
      Vec3 ankle = supineStart.get(l ? LEFT_ANKLE : RIGHT_ANKLE);
      Vec3 hip = new Vec3(ankle.x() + 0.3 * d.scale(), ankle.y(), 0.45 * d.scale());
      Vec3 pole = front.plus(Vec3.Z);
      Vec3 knee = Ik.middle(hip, ankle, d.thigh(), d.shank(), pole);
      b.set(l ? LEFT_ANKLE : RIGHT_ANKLE, ankle)
          .set(l ? LEFT_KNEE : RIGHT_KNEE, knee)
          .set(l ? LEFT_HIP : RIGHT_HIP, hip);
      b.foot(l, front, Vec3.Z.times(-1));
      pelvis = pelvis == null ? hip.times(0.5) : pelvis.plus(hip.times(0.5));
    }
    Vec3 torsoDir = LocalFrame.tilt(Vec3.Z, frame.left(), front, 35);
    upperBody(b, d, frame, front, pelvis, torsoDir, hanging(d, frame));
    return b.build();
  }

  /** Sitting on the floor with the knees up, where the lying position's pelvis will be. */
  static Skeleton sitting(BodyDimensions d) {
    LocalFrame frame = LocalFrame.SUPINE;
    Vec3 front = Vec3.X.times(-1);
    SupineBody legs = new SupineBody(d);
    legs.legs(SupineBody.Leg.planted(0), SupineBody.Leg.planted(0), 0);
    // Only the legs of the lying body are kept; the upper body sits up, leaning back a little.
    Skeleton lying =
        legs.arms(legs.restingWrist(Side.LEFT), legs.restingWrist(Side.RIGHT)).head(0, 0).build();
    BodyBuilder b = new BodyBuilder(d);
    // The hips and everything below them: the joint list ends with the legs, hips first.
    for (Joint j : EnumSet.range(LEFT_HIP, RIGHT_FOOT_INDEX)) {
      b.set(j, lying.get(j));
    }
    Vec3 pelvis = lying.mid(LEFT_HIP, RIGHT_HIP);
    Vec3 torsoDir = LocalFrame.tilt(Vec3.Z, frame.left(), Vec3.X, 20);
    upperBody(
        b,
        d,
        frame,
        front,
        pelvis,
        torsoDir,
        (side, shoulder) ->
            pelvis
                .plus(Vec3.X.times(0.18 * d.scale()))
                .plus(frame.left().times(side.sign() * (d.shoulderWidth() / 2 + 0.05 * d.scale())))
                .plus(Vec3.Z.times(0.04 * d.scale() - pelvis.z())));
    return b.build();
  }

  /** Where a hand goes, given the side and its shoulder. */
  interface HandPlacement {
    Vec3 wrist(Side side, Vec3 shoulder);
  }

  private static HandPlacement hanging(BodyDimensions d, LocalFrame frame) {
    return (side, shoulder) ->
        shoulder
            .plus(Vec3.Z.times(-0.97 * d.armLength()))
            .plus(frame.left().times(side.sign() * 0.06 * d.scale()));
  }

  private static void upperBody(
      BodyBuilder b,
      BodyDimensions d,
      LocalFrame frame,
      Vec3 front,
      Vec3 pelvis,
      Vec3 torsoDir,
      HandPlacement hands) {
    Vec3 shoulders = pelvis.plus(torsoDir.unit().times(d.torso()));
    for (Side side : Side.values()) {
      boolean l = side == Side.LEFT;
      Vec3 shoulder = shoulders.plus(frame.left().times(side.sign() * d.shoulderWidth() / 2));
      Vec3 target = hands.wrist(side, shoulder);
      Vec3 toTarget = target.minus(shoulder);
      if (toTarget.norm() > d.armLength()) {
        target = shoulder.plus(toTarget.unit().times(d.armLength() * 0.99));
      }
      Vec3 elbow =
          Ik.middle(
              shoulder,
              target,
              d.upperArm(),
              d.forearm(),
              front.times(-1).plus(frame.left().times(side.sign() * 0.3)));
      b.set(l ? LEFT_SHOULDER : RIGHT_SHOULDER, shoulder)
          .set(l ? LEFT_ELBOW : RIGHT_ELBOW, elbow)
          .set(l ? LEFT_WRIST : RIGHT_WRIST, target);
      b.hand(l, front);
    }
    Vec3 up = torsoDir.unit();
    Vec3 face = front.minus(up.times(front.dot(up))).unit();
    b.head(shoulders.plus(up.times(d.neck())), face, up);
  }
}
