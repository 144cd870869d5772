package org.posecoach.motion.vocabulary;

/** What a form check found. */
public enum FormIssue {
  /** The repetition was quicker than the routine's tempo bound. */
  TOO_FAST,
  /** The movement fell short of the user's own range, or of the routine's minimum. */
  TOO_SMALL,
  /** The end position was released before the routine's hold time. */
  HOLD_TOO_SHORT,
  /** One side moves through a clearly smaller range than the other. */
  ASYMMETRY,
  /** The head moved through the exercise's range while the back stayed still (a nod). */
  HEAD_ONLY,
  /** The movement went in jerks instead of one smooth sweep. */
  JERKY,
  /** Joints the exercise needs left the camera's view. */
  OUT_OF_FRAME,
  /** The user left the exercise's position before the set was done. */
  WRONG_POSITION,
  /** The camera sees the user from an angle the exercise cannot be read from. */
  WRONG_VIEW,
  /**
   * Where the camera stands, the exercise cannot be followed: the body is cut off by the picture's
   * edge, hidden behind itself, or lost; the cue says where to put it.
   */
  CAMERA_PLACEMENT
}
