package org.posecoach.pose.blazepose;

/**
 * A person found by the BlazePose detector, in normalized coordinates of the detector's input (0..1
 * across the letterboxed square).
 *
 * @param score probability that this is a person
 * @param keypoints four alignment points as x0, y0, … x3, y3: hip centre, a point whose distance
 *     and direction from the hip centre encode the full body's size and rotation, shoulder centre,
 *     and the same for the upper body
 */
record Detection(float score, float xMin, float yMin, float xMax, float yMax, float[] keypoints) {

  static final int KEYPOINTS = 4;

  float keypointX(int i) {
    return keypoints[2 * i];
  }

  float keypointY(int i) {
    return keypoints[2 * i + 1];
  }

  float area() {
    return Math.max(0, xMax - xMin) * Math.max(0, yMax - yMin);
  }

  float iou(Detection other) {
    float w = Math.min(xMax, other.xMax) - Math.max(xMin, other.xMin);
    float h = Math.min(yMax, other.yMax) - Math.max(yMin, other.yMin);
    if (w <= 0 || h <= 0) {
      return 0;
    }
    float intersection = w * h;
    return intersection / (area() + other.area() - intersection);
  }
}
