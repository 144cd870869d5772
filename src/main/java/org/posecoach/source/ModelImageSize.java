package org.posecoach.source;

/**
 * The size a camera frame is scaled to before the pose models read it: the frame's own size when
 * its long side is at most {@link #LONG_SIDE_PX}, else the frame shrunk to that long side, aspect
 * ratio kept. Keypoints found in the scaled image are mapped back to the frame's pixels.
 *
 * @param width pixels
 * @param height pixels
 */
public record ModelImageSize(int width, int height) {
  /**
   * The models never need more: the detector reads the whole frame at 224 px, and BlazePose's
   * 256-px crop is about as tall as the person, so at 960 × 540 someone half the frame tall still
   * fills the crop without upsampling. 1080p and 720p frames shrink; 640 × 480 stays as it is.
   */
  public static final int LONG_SIDE_PX = 960;

  /** The size for a {@code width × height} frame. */
  public static ModelImageSize of(int width, int height) {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("no frame is " + width + "×" + height);
    }
    double scale = Math.min(1.0, (double) LONG_SIDE_PX / Math.max(width, height));
    return new ModelImageSize(
        Math.max(1, (int) Math.round(width * scale)),
        Math.max(1, (int) Math.round(height * scale)));
  }

  /** Whether this size is smaller than the frame's {@code width × height}. */
  public boolean shrinks(int frameWidth, int frameHeight) {
    return width != frameWidth || height != frameHeight;
  }
}
