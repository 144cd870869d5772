package org.posecoach.motion.vocabulary;

/** Where the camera stands relative to the person on the mat. */
public enum CameraView {
  /** Beside the mat, looking across it: the body lies (or kneels) horizontally in the image. */
  SIDE,
  /** Beyond the feet, looking along the body towards the head (supine exercises only). */
  FEET
}
