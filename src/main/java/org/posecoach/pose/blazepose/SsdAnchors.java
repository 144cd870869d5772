package org.posecoach.pose.blazepose;

import java.util.ArrayList;
import java.util.List;

/**
 * Anchor centres of an SSD-style detector, generated the way MediaPipe's SsdAnchorsCalculator does
 * for fixed-size anchors: layers that share a stride share one feature map, and each layer
 * contributes one anchor per aspect ratio plus one interpolated-scale anchor per cell.
 */
final class SsdAnchors {
  private SsdAnchors() {}

  /** The BlazePose detector's 2254 anchors (strides 8, 16, 32×3 on a 224 input). */
  static float[] blazePose() {
    return generate(224, new int[] {8, 16, 32, 32, 32}, 1, 0.5f);
  }

  /**
   * Centres as x0, y0, x1, y1, … in normalized input coordinates, in the order the detector emits
   * its boxes: feature map by feature map, row-major, anchors of a cell together.
   *
   * @param aspectRatios aspect ratios per layer; each layer also adds an interpolated-scale anchor
   */
  static float[] generate(int inputSize, int[] strides, int aspectRatios, float offset) {
    List<Float> centres = new ArrayList<>();
    int layer = 0;
    while (layer < strides.length) {
      int stride = strides[layer];
      int anchorsPerCell = 0;
      int last = layer;
      while (last < strides.length && strides[last] == stride) {
        anchorsPerCell += aspectRatios + 1;
        last++;
      }
      int cells = (int) Math.ceil((double) inputSize / stride);
      for (int y = 0; y < cells; y++) {
        for (int x = 0; x < cells; x++) {
          for (int a = 0; a < anchorsPerCell; a++) {
            centres.add((x + offset) / cells);
            centres.add((y + offset) / cells);
          }
        }
      }
      layer = last;
    }
    float[] out = new float[centres.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = centres.get(i);
    }
    return out;
  }
}
