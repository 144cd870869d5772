package org.posecoach.pose.blazepose;

/**
 * Raw outputs of a BlazePose landmark model for one ROI crop.
 *
 * @param poseFlag probability that a person fills the crop
 * @param landmarks 39 × (x, y, z, visibility logit, presence logit), x/y/z in input pixels (256)
 * @param world 39 × (x, y, z) in metres, hips at the origin, in the crop's orientation
 * @param heatmap 64 × 64 × 39 per-landmark probabilities (NHWC)
 * @param segmentation 256 × 256 person probabilities, or {@code null} when not requested
 */
record LandmarkOutput(
    float poseFlag, float[] landmarks, float[] world, float[] heatmap, float[] segmentation) {

  static final int LANDMARKS = 39;
  static final int VALUES_PER_LANDMARK = 5;
  static final int HEATMAP_SIZE = 64;
  static final int INPUT_SIZE = 256;
}
