package org.posecoach.pose.blazepose;

/**
 * Per-pixel probability that a pixel shows the person, in the frame's own pixel grid. Immutable:
 * the values are copied in and only read out.
 */
public final class SegmentationMask {
  private final int width;
  private final int height;
  private final float[] values;

  SegmentationMask(int width, int height, float[] values) {
    if (values.length != width * height) {
      throw new IllegalArgumentException("mask needs " + width * height + " values");
    }
    this.width = width;
    this.height = height;
    this.values = values.clone();
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  /** Probability in [0, 1] at pixel (x, y); 0 outside the frame. */
  public float at(int x, int y) {
    return x < 0 || y < 0 || x >= width || y >= height ? 0 : values[y * width + x];
  }

  /** Fraction of pixels whose probability is at least {@code threshold}. */
  public double coverage(float threshold) {
    int count = 0;
    for (float v : values) {
      if (v >= threshold) {
        count++;
      }
    }
    return (double) count / values.length;
  }
}
