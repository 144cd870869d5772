package org.posecoach.synthetic;

import java.util.List;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.Side;

/**
 * The joint-angle program of each exercise: maps a drive value (0 = start position, 1 = textbook
 * end position) to the body's pose.
 *
 * <ul>
 *   <li>lumbar rotation: both bent knees rocked together 55 degrees per unit of drive, positive to
 *       the left, the pelvis rolling half as far;
 *   <li>knees to chest: hip flexion 50 to 115 degrees, knees closing to 125, hands to the shins;
 *   <li>glute stretch: one leg's hip flexion 50 to 100 degrees, turned 30 across, the opposite hand
 *       on that knee;
 *   <li>cat-camel: negative drive is the cat (back rounded up by 0.12 torso lengths, head down 45
 *       degrees, shoulders up 3 cm), positive the camel (back dipped by 0.10, head up 35, shoulders
 *       down 3 cm); the head or the back may also move alone ({@link CatCamelMoves});
 *   <li>prayer stretch: hands placed forward, thighs tilted back 65 degrees towards the heels;
 *   <li>thread the needle: -1 is threaded under (shoulder line rolled 40 degrees down), +1 reaching
 *       straight up (rolled 60 degrees open).
 * </ul>
 */
final class ExerciseMotion {

  /** What moves in a cat-camel repetition; the rest stays at neutral. */
  enum CatCamelMoves {
    /** The whole spine: back and neck together, as the exercise asks. */
    BACK_AND_HEAD,
    /** Only the neck: a nod, the back kept still. */
    HEAD,
    /** Only the back: the head kept in line with the torso. */
    BACK
  }

  /** Which way of lying or kneeling the exercise uses. */
  enum Family {
    SUPINE,
    KNEELING
  }

  /** Lumbar rotation: knees about 55 degrees to each side (the rendered clips' amplitude). */
  static final double LUMBAR_END_DEG = 55;

  /**
   * Where a lying leg pulled towards the chest ends: hip and knee flexion, degrees. It starts
   * planted (hip at {@link SupineBody#NEUTRAL_HIP_FLEXION_DEG}, knee at the planted angle).
   */
  record LegPullEnd(double hipDeg, double kneeDeg) {

    /** The hip's flexion {@code p} of the way from planted to this end (past it when p > 1). */
    double hipAt(double p) {
      return SupineBody.NEUTRAL_HIP_FLEXION_DEG + p * (hipDeg - SupineBody.NEUTRAL_HIP_FLEXION_DEG);
    }

    /** The knee's flexion {@code p} of the way from {@code plantedKneeDeg}; it stops at the end. */
    double kneeAt(double p, double plantedKneeDeg) {
      return plantedKneeDeg + Math.min(1, p) * (kneeDeg - plantedKneeDeg);
    }
  }

  /** Knees to chest: both legs end at 115 degrees of hip and 125 of knee flexion. */
  static final LegPullEnd KNEES_TO_CHEST_END = new LegPullEnd(115, 125);

  /** Glute stretch: the pulled leg ends at 100 degrees of hip and knee flexion... */
  static final LegPullEnd GLUTE_END = new LegPullEnd(100, 100);

  /** ...and crossed 30 degrees over the other leg. */
  static final double GLUTE_END_CROSS_DEG = 30;

  /**
   * One end of cat-camel: how far the neck turns from its neutral angle, degrees, and how far the
   * back bows from the straight hip-shoulder line, as a fraction of the torso's length.
   */
  record BackEnd(double neckDeg, double bowTorso) {}

  /**
   * Cat: the head drops 45 degrees; the thoracolumbar spine flexes by about 55 degrees from neutral
   * (published ranges), and a back curved like an arc of angle θ over the torso's length L bows by
   * L·θ/8 ≈ 0.12 L above the straight hip-shoulder line.
   */
  static final BackEnd CAT_END = new BackEnd(45, 0.12);

  /** Camel: the head lifts 35 degrees; about 45 degrees of extension dips the back by ≈ 0.10 L. */
  static final BackEnd CAMEL_END = new BackEnd(35, 0.10);

  /** The shoulders rise 3 cm at the cat's end and sink as much at the camel's. */
  static final double CAT_CAMEL_SHOULDER_LIFT_M = 0.03;

  static final double PRAYER_END_SIT_BACK_DEG = 65;

  private final ExerciseId exercise;
  private final BodyDimensions dims;
  private final double plantedKneeDeg;

  ExerciseMotion(ExerciseId exercise, BodyDimensions dims) {
    this.exercise = exercise;
    this.dims = dims;
    this.plantedKneeDeg = new SupineBody(dims).plantedKneeFlexionDeg();
  }

  Family family() {
    return exercise.isSupine() ? Family.SUPINE : Family.KNEELING;
  }

  LocalFrame frame() {
    return exercise.isSupine() ? LocalFrame.SUPINE : LocalFrame.PRONE;
  }

  /** The start position. */
  Skeleton start(Fidget.State fidget) {
    return pose(0, null, fidget);
  }

  /**
   * The body at a drive value.
   *
   * @param drive 0 start .. 1 textbook end; signed where the exercise has two directions (lumbar
   *     rotation: positive left; cat-camel: negative cat; thread the needle: negative threaded,
   *     positive reaching)
   * @param side the working side for one-sided exercises (glute stretch, thread the needle); null
   *     otherwise
   */
  Skeleton pose(double drive, Side side, Fidget.State fidget) {
    double v = drive + fidget.drive();
    Skeleton s =
        switch (exercise) {
          case LUMBAR_ROTATION -> lumbar(v, fidget);
          case KNEES_TO_CHEST -> kneesToChest(Math.max(0, v), fidget);
          case GLUTE_STRETCH -> glute(Math.max(0, v), side, fidget);
          case CAT_CAMEL -> catCamelBody(v, v, fidget);
          case PRAYER_STRETCH -> prayer(Math.max(0, v), fidget);
          case THREAD_THE_NEEDLE -> thread(v, side, fidget);
        };
    Vec3 shift = fidget.shift();
    return shift.norm() == 0 ? s : s.map(p -> p.plus(shift));
  }

  /**
   * A cat-camel body in which only {@code moves} follows the drive; the rest stays at neutral (with
   * the fidget's wander, as {@link #pose} adds it to the drive).
   *
   * @param drive as for {@link #pose}: negative cat, positive camel
   */
  Skeleton catCamel(double drive, CatCamelMoves moves, Fidget.State fidget) {
    double wander = fidget.drive();
    double back = moves == CatCamelMoves.HEAD ? wander : drive + wander;
    double head = moves == CatCamelMoves.BACK ? wander : drive + wander;
    Skeleton s = catCamelBody(back, head, fidget);
    Vec3 shift = fidget.shift();
    return shift.norm() == 0 ? s : s.map(p -> p.plus(shift));
  }

  /** Key poses from standing to the start position (start not included). */
  List<Skeleton> wayIn() {
    if (family() == Family.SUPINE) {
      Skeleton start = start(Fidget.State.NONE);
      double feet = start.get(org.posecoach.pose.Joint.LEFT_ANKLE).x();
      return List.of(
          UprightBodies.standing(dims, LocalFrame.SUPINE, Vec3.X.times(-1), feet + 0.1),
          UprightBodies.squatting(dims, start),
          UprightBodies.sitting(dims));
    }
    return List.of(
        UprightBodies.standing(dims, LocalFrame.PRONE, Vec3.X, -0.35 * dims.scale()),
        UprightBodies.kneelingUpright(dims));
  }

  private Skeleton lumbar(double v, Fidget.State f) {
    double sway = LUMBAR_END_DEG * v;
    SupineBody b = new SupineBody(dims);
    b.legs(
        SupineBody.Leg.planted(sway + f.legWobbleDeg()), SupineBody.Leg.planted(sway), 0.5 * sway);
    b.arms(b.restingWrist(Side.LEFT), b.restingWrist(Side.RIGHT));
    return b.head(f.headPitchDeg(), f.headYawDeg()).build();
  }

  private Skeleton kneesToChest(double p, Fidget.State f) {
    double hip = KNEES_TO_CHEST_END.hipAt(p);
    double knee = KNEES_TO_CHEST_END.kneeAt(p, plantedKneeDeg);
    SupineBody b = new SupineBody(dims);
    b.legs(
        new SupineBody.Leg(hip, knee, 0, f.legWobbleDeg()), new SupineBody.Leg(hip, knee, 0, 0), 0);
    double w = Math.min(1, 2.5 * p);
    b.arms(onShin(b, Side.LEFT, w), onShin(b, Side.RIGHT, w));
    return b.head(f.headPitchDeg() + 10 * Math.min(1, p), f.headYawDeg()).build();
  }

  private Vec3 onShin(SupineBody b, Side side, double w) {
    Vec3 knee = b.knee(side);
    Vec3 shin = knee.lerp(b.ankle(side), 0.3);
    Vec3 grip = shin.plus(b.frame().left().times(side.sign() * 0.06 * dims.scale()));
    return b.restingWrist(side).lerp(grip, w);
  }

  private Skeleton glute(double p, Side side, Fidget.State f) {
    SupineBody b = new SupineBody(dims);
    SupineBody.Leg rest =
        new SupineBody.Leg(SupineBody.NEUTRAL_HIP_FLEXION_DEG, plantedKneeDeg, 0, 0);
    SupineBody.Leg pulled =
        new SupineBody.Leg(
            GLUTE_END.hipAt(p), GLUTE_END.kneeAt(p, plantedKneeDeg), p * GLUTE_END_CROSS_DEG, 0);
    boolean left = side == Side.LEFT;
    b.legs(
        side == null ? rest : left ? pulled : rest, side == null ? rest : left ? rest : pulled, 0);
    Vec3 lw = b.restingWrist(Side.LEFT);
    Vec3 rw = b.restingWrist(Side.RIGHT);
    if (side != null) {
      // The opposite hand holds the pulled knee on its outside.
      Vec3 knee = b.knee(side);
      Vec3 grip = knee.plus(b.frame().left().times(side.sign() * 0.05 * dims.scale()));
      double w = Math.min(1, 2.5 * p);
      if (left) {
        rw = rw.lerp(grip, w);
      } else {
        lw = lw.lerp(grip, w);
      }
    }
    b.arms(lw, rw);
    return b.head(f.headPitchDeg(), f.headYawDeg()).build();
  }

  /**
   * @param back the back's drive: bow and shoulder lift
   * @param head the neck's drive
   */
  private Skeleton catCamelBody(double back, double head, Fidget.State f) {
    double neck =
        QuadrupedBody.NEUTRAL_NECK_DEG
            + (head < 0 ? CAT_END.neckDeg() * head : CAMEL_END.neckDeg() * head)
            + f.headPitchDeg();
    double lift = -CAT_CAMEL_SHOULDER_LIFT_M * dims.scale() * back;
    double bow = -(back < 0 ? CAT_END.bowTorso() : CAMEL_END.bowTorso()) * back * dims.torso();
    return new QuadrupedBody(dims, false)
        .build(new QuadrupedBody.State(neck, lift, bow, 0, null, 0, f.headYawDeg()));
  }

  private Skeleton prayer(double p, Fidget.State f) {
    double sitBack = Math.min(80, PRAYER_END_SIT_BACK_DEG * p);
    return new QuadrupedBody(dims, true)
        .build(
            new QuadrupedBody.State(
                QuadrupedBody.NEUTRAL_NECK_DEG + f.headPitchDeg(),
                0,
                0,
                sitBack,
                null,
                0,
                f.headYawDeg()));
  }

  private Skeleton thread(double a, Side side, Fidget.State f) {
    double clamped = Math.max(-1, Math.min(1, a));
    return new QuadrupedBody(dims, false)
        .build(
            new QuadrupedBody.State(
                QuadrupedBody.NEUTRAL_NECK_DEG + f.headPitchDeg(),
                0,
                0,
                0,
                side,
                side == null ? 0 : clamped,
                f.headYawDeg()));
  }
}
