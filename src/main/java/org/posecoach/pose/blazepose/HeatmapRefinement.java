package org.posecoach.pose.blazepose;

/**
 * Moves each regressed landmark to the probability-weighted centre of its heatmap around it, as
 * MediaPipe's RefineLandmarksFromHeatmapCalculator does; a landmark whose heatmap peak near it is
 * below {@link #MIN_CONFIDENCE} keeps its regressed position.
 */
final class HeatmapRefinement {
  /** MediaPipe's pose settings: a 7×7 window on the 64×64 heatmap, refine above 0.5. */
  static final int KERNEL_SIZE = 7;

  static final float MIN_CONFIDENCE = 0.5f;

  private HeatmapRefinement() {}

  /**
   * Refines normalized {@code xy} (x0, y0, x1, y1, …) in place.
   *
   * @param heatmap {@code size × size × channels} probabilities, channel per landmark
   */
  static void refine(float[] xy, float[] heatmap, int size, int channels) {
    int half = (KERNEL_SIZE - 1) / 2;
    for (int i = 0; i < channels && 2 * i + 1 < xy.length; i++) {
      int col = (int) (xy[2 * i] * size);
      int row = (int) (xy[2 * i + 1] * size);
      if (xy[2 * i] < 0 || xy[2 * i + 1] < 0 || col >= size || row >= size) {
        continue;
      }
      float sum = 0;
      float weightedCol = 0;
      float weightedRow = 0;
      float max = 0;
      for (int r = Math.max(0, row - half); r < Math.min(size, row + half + 1); r++) {
        for (int c = Math.max(0, col - half); c < Math.min(size, col + half + 1); c++) {
          float p = heatmap[(r * size + c) * channels + i];
          sum += p;
          max = Math.max(max, p);
          weightedCol += c * p;
          weightedRow += r * p;
        }
      }
      if (max >= MIN_CONFIDENCE && sum > 0) {
        xy[2 * i] = weightedCol / size / sum;
        xy[2 * i + 1] = weightedRow / size / sum;
      }
    }
  }
}
