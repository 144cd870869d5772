package org.posecoach.source;

/**
 * The size a camera frame is converted to before the pose models read it: the frame's own size when
 * its long side is at most {@link #WHOLE_UP_TO_PX}, else the frame shrunk to a long side of {@link
 * #LONG_SIDE_PX}, aspect ratio kept. Keypoints found in the scaled image are mapped back to the
 * frame's pixels.
 *
 * @param width pixels
 * @param height pixels
 */
public record ModelImageSize(int width, int height) {
  /**
   * The models never need more: the detector reads the whole frame at 224 px, and BlazePose's
   * 256-px crop is about as tall as the person, so at 960 × 540 someone half the frame tall still
   * fills the crop without upsampling.
   */
  public static final int LONG_SIDE_PX = 960;

  /**
   * Frames up to 1280 × 720 are read whole: swscale's same-size conversion is its fast path, and
   * shrinking 720p by 1.33× cost more (about 2.3 ms against 1.2 ms a frame, BENCHMARKS.md) than the
   * smaller crop saved. From 1080p on, shrinking pays: no 6 MB picture to convert and crop from.
   */
  public static final int WHOLE_UP_TO_PX = 1280;

  /** The size for a {@code width × height} frame. */
  public static ModelImageSize of(int width, int height) {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("no frame is " + width + "×" + height);
    }
    int longSide = Math.max(width, height);
    double scale = longSide <= WHOLE_UP_TO_PX ? 1.0 : (double) LONG_SIDE_PX / longSide;
    return new ModelImageSize(
        Math.max(1, (int) Math.round(width * scale)),
        Math.max(1, (int) Math.round(height * scale)));
  }

  /** Whether this size is smaller than the frame's {@code width × height}. */
  public boolean shrinks(int frameWidth, int frameHeight) {
    return width != frameWidth || height != frameHeight;
  }
}
