package org.posecoach.motion.body;

/**
 * Average adult body proportions, as fractions of standing height, from Drillis and Contini's
 * segment-length table (as reproduced in D. A. Winter, <i>Biomechanics and Motor Control of Human
 * Movement</i>, fig. 4.1), adjusted where pose models place a keypoint elsewhere than the
 * anatomical landmark (noted per value).
 *
 * <p>The motion stage uses them only as ratios between segments (to size a body from whichever
 * segment is seen best); the synthetic performer builds its bodies from them.
 */
public final class Anthropometry {

  /** Shoulder joint (0.818 H) down to hip joint (0.530 H). */
  public static final double TORSO_PER_HEIGHT = 0.288;

  /**
   * Between the two shoulder keypoints: the table's biacromial 0.259 H, less the ~0.015 H each side
   * by which models put the keypoint inside the acromion.
   */
  public static final double SHOULDER_WIDTH_PER_HEIGHT = 0.23;

  /** Between the hip keypoints (hip joint centres), narrower than the table's 0.191 H hip width. */
  public static final double HIP_WIDTH_PER_HEIGHT = 0.17;

  public static final double UPPER_ARM_PER_HEIGHT = 0.186;
  public static final double FOREARM_PER_HEIGHT = 0.146;
  public static final double THIGH_PER_HEIGHT = 0.245;
  public static final double SHANK_PER_HEIGHT = 0.246;
  public static final double FOOT_LENGTH_PER_HEIGHT = 0.152;
  public static final double ANKLE_HEIGHT_PER_HEIGHT = 0.039;

  /** Shoulder line (0.818 H) up to the ear (about 0.93 H). */
  public static final double SHOULDER_TO_EAR_PER_HEIGHT = 0.11;

  /** Ear to ear, about the head's breadth (0.09 H). */
  public static final double HEAD_WIDTH_PER_HEIGHT = 0.09;

  /** Torso length per shoulder-keypoint width: sizes a body whose torso is foreshortened. */
  public static final double TORSO_PER_SHOULDER_WIDTH =
      TORSO_PER_HEIGHT / SHOULDER_WIDTH_PER_HEIGHT;

  private Anthropometry() {}
}
