package org.posecoach.motion.position;

import java.util.Optional;
import org.posecoach.motion.body.BodyFrame;
import org.posecoach.motion.vocabulary.BodyPosition;
import org.posecoach.motion.vocabulary.CameraView;

/**
 * Recognises the body position and the camera view in one frame, from {@link PostureFeatures}.
 *
 * <p>Rules, in torso lengths and degrees (the image's up is the world's up: the camera stands
 * upright on the floor or a table):
 *
 * <ul>
 *   <li>Seen side on (or obliquely): a torso within 50 degrees of vertical, shoulders up, is {@link
 *       BodyPosition#UPRIGHT}. A torso within 50 degrees of horizontal with the hips above the
 *       knees and (where the feet are in the picture) the shins flat is kneeling: {@link
 *       BodyPosition#HANDS_AND_KNEES} when the thighs stand near vertical and the knees are not
 *       closed, otherwise {@link BodyPosition#KNEELING_SIT_BACK}. The hands never decide: they are
 *       often out of the picture or off the floor. A torso within 35 degrees of horizontal,
 *       shoulders level with the hips, is lying on the back: knees bent up if the knees are above
 *       the hips, legs down otherwise.
 *   <li>Seen end on (torso much shorter than the shoulders imply): with the shoulder line level,
 *       the shoulders above (further than) the hips and the knees above the hips, lying on the back
 *       with the knees bent, seen from the feet.
 * </ul>
 *
 * Views: side on with a lying or kneeling torso is {@link CameraView#SIDE}; end on with the
 * shoulders further away than the hips is {@link CameraView#FEET}; anything else (end on from the
 * head, hands and knees from the front or back) is no supported view.
 */
public final class PositionClassifier {

  /**
   * The result for one frame.
   *
   * @param position the body position
   * @param view the camera view, when it is one the routine supports
   * @param endOn whether the torso is seen end on (from the feet or the head)
   */
  public record Guess(BodyPosition position, Optional<CameraView> view, boolean endOn) {
    static final Guess UNKNOWN = new Guess(BodyPosition.UNKNOWN, Optional.empty(), false);
    static final Guess UNKNOWN_END_ON = new Guess(BodyPosition.UNKNOWN, Optional.empty(), true);

    Guess(BodyPosition position, Optional<CameraView> view) {
      this(position, view, view.isPresent() && view.get() == CameraView.FEET);
    }
  }

  /**
   * The torso seen end on: shorter than 60 % of what the shoulder width implies. Side on it is
   * about 100 %; from the feet of a lying person with the camera 0.1-0.8 m high, 20-50 %; 60 % sits
   * between, at about 60 degrees away from a side view.
   */
  static final double END_ON_MAX_RATIO = 0.6;

  /** Upright when the torso is within 50 degrees of vertical (40 or more from horizontal). */
  static final double UPRIGHT_MIN_TILT_DEG = 50;

  /** Kneeling positions keep the torso within 50 degrees of horizontal (child's pose: ~30). */
  static final double KNEELING_MAX_TILT_DEG = 50;

  /** Lying flat: the torso within 35 degrees of horizontal even with a high camera. */
  static final double LYING_MAX_TILT_DEG = 35;

  /** Lying flat: shoulders within 0.4 torso lengths of the hips' height (head propped up a bit). */
  static final double LYING_MAX_SHOULDER_RISE = 0.4;

  /**
   * Kneeling: hips no lower than 0.1 torso lengths below the knees (sitting right down on the heels
   * puts them about level; lying down puts them level too, but with straight knees).
   */
  static final double KNEELING_MIN_HIP_RISE = -0.1;

  /**
   * Kneeling: knees bent at least 70 degrees (hands and knees: ~90; on the heels: ~150), which
   * tells sitting back on the heels from lying with the legs down (under ~40).
   */
  static final double KNEELING_MIN_KNEE_FLEXION_DEG = 70;

  /** Kneeling: shins on the floor, so knees within 0.4 torso lengths of the ankles' height. */
  static final double KNEELING_MAX_SHIN_RISE = 0.4;

  /**
   * Hands and knees rather than sitting back: hip height at least 70 % of the thigh's length (thigh
   * within 45 degrees of vertical).
   */
  static final double HANDS_KNEES_MIN_THIGH_UPRIGHTNESS = 0.7;

  /**
   * Sitting back closes the knees past 125 degrees of flexion (on the heels: about 150); on hands
   * and knees they stay near 90.
   */
  static final double SIT_BACK_MIN_KNEE_FLEXION_DEG = 125;

  /** Knees bent up: knees at least 0.25 torso lengths above the hips (feet planted: ~0.6). */
  static final double KNEES_UP_MIN_RISE = 0.25;

  /** From the feet, knees bent up show at least 0.15 torso lengths above the hips. */
  static final double FEET_VIEW_KNEES_UP_MIN_RISE = 0.15;

  /** From the feet, the shoulder line stays within 30 degrees of level. */
  static final double FEET_VIEW_MAX_SHOULDER_TILT_DEG = 30;

  /** Classifies one frame. */
  public Guess classify(BodyFrame body) {
    Optional<PostureFeatures> f = PostureFeatures.of(body);
    return f.isPresent() ? classify(f.get()) : Guess.UNKNOWN;
  }

  /** Classifies one frame's features. */
  public Guess classify(PostureFeatures f) {
    if (f.endOnRatio() < END_ON_MAX_RATIO) {
      return endOn(f);
    }
    if (f.torsoTiltDeg() >= UPRIGHT_MIN_TILT_DEG) {
      return new Guess(
          f.shouldersAboveHips() > 0 ? BodyPosition.UPRIGHT : BodyPosition.UNKNOWN,
          Optional.empty());
    }
    Optional<CameraView> side = Optional.of(CameraView.SIDE);
    if (isKneeling(f)) {
      return new Guess(handsAndKneesOrSitBack(f), side);
    }
    if (f.torsoTiltDeg() <= LYING_MAX_TILT_DEG
        && Math.abs(f.shouldersAboveHips()) <= LYING_MAX_SHOULDER_RISE
        && !Double.isNaN(f.kneesAboveHips())) {
      return new Guess(
          f.kneesAboveHips() >= KNEES_UP_MIN_RISE
              ? BodyPosition.SUPINE_KNEES_BENT
              : BodyPosition.SUPINE_LEGS_STRAIGHT,
          side);
    }
    return new Guess(BodyPosition.UNKNOWN, side);
  }

  /**
   * Kneeling: torso near horizontal and hips not below the knees; where the ankles are in the
   * picture, shins flat and knees well bent too. Feet cut off by the frame's edge (a camera close
   * by) leave the torso and thighs to decide: no one lies with the knees under the hips.
   */
  private static boolean isKneeling(PostureFeatures f) {
    if (!(f.torsoTiltDeg() <= KNEELING_MAX_TILT_DEG)
        || !(-f.kneesAboveHips() >= KNEELING_MIN_HIP_RISE)) {
      return false;
    }
    boolean shinsSeen = !Double.isNaN(f.kneesAboveAnkles()) && !Double.isNaN(f.kneeFlexionDeg());
    return !shinsSeen
        || (Math.abs(f.kneesAboveAnkles()) <= KNEELING_MAX_SHIN_RISE
            && f.kneeFlexionDeg() >= KNEELING_MIN_KNEE_FLEXION_DEG);
  }

  /**
   * On hands and knees when the thighs stand near vertical under the hips, sitting back when they
   * lean back towards the heels; knees closed past {@link #SIT_BACK_MIN_KNEE_FLEXION_DEG} also mean
   * sitting back (seen obliquely, a thigh leaning back can look upright). The hands are not asked
   * for: they are often out of the picture (a low, close camera) or off the floor (thread the
   * needle), and torso and thighs already tell kneeling on all fours from anything else.
   */
  private static BodyPosition handsAndKneesOrSitBack(PostureFeatures f) {
    boolean thighUpright =
        f.thighLength() > 0
            && -f.kneesAboveHips() / f.thighLength() >= HANDS_KNEES_MIN_THIGH_UPRIGHTNESS;
    boolean kneesClosed = f.kneeFlexionDeg() >= SIT_BACK_MIN_KNEE_FLEXION_DEG;
    return thighUpright && !kneesClosed
        ? BodyPosition.HANDS_AND_KNEES
        : BodyPosition.KNEELING_SIT_BACK;
  }

  private static Guess endOn(PostureFeatures f) {
    boolean level =
        !Double.isNaN(f.shoulderLineTiltDeg())
            && f.shoulderLineTiltDeg() <= FEET_VIEW_MAX_SHOULDER_TILT_DEG;
    if (!level || f.shouldersAboveHips() <= 0 || Double.isNaN(f.kneesAboveHips())) {
      return Guess.UNKNOWN_END_ON;
    }
    Optional<CameraView> feet = Optional.of(CameraView.FEET);
    if (f.kneesAboveHips() >= FEET_VIEW_KNEES_UP_MIN_RISE) {
      return new Guess(BodyPosition.SUPINE_KNEES_BENT, feet);
    }
    if (f.kneesAboveHips() > -FEET_VIEW_KNEES_UP_MIN_RISE) {
      return new Guess(BodyPosition.SUPINE_LEGS_STRAIGHT, feet);
    }
    return new Guess(BodyPosition.UNKNOWN, feet);
  }
}
