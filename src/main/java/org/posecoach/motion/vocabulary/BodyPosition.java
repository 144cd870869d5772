package org.posecoach.motion.vocabulary;

/** The body positions the routine uses, as recognised from keypoints. */
public enum BodyPosition {
  /** Lying on the back, knees bent up (feet on the floor, or pulled in). */
  SUPINE_KNEES_BENT,
  /** Lying on the back with the legs down (straight, or knees dropped to the floor). */
  SUPINE_LEGS_STRAIGHT,
  /** On hands and knees: thighs and arms roughly vertical, shins on the floor. */
  HANDS_AND_KNEES,
  /** Kneeling with the bottom sunk back towards the heels (child's pose, prayer stretch end). */
  KNEELING_SIT_BACK,
  /** Standing, sitting or kneeling upright: torso vertical. */
  UPRIGHT,
  /** None of the above, or too little of the body visible to tell. */
  UNKNOWN;

  public boolean isSupine() {
    return this == SUPINE_KNEES_BENT || this == SUPINE_LEGS_STRAIGHT;
  }

  public boolean isKneeling() {
    return this == HANDS_AND_KNEES || this == KNEELING_SIT_BACK;
  }
}
