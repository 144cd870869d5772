package org.posecoach.pose.image;

/**
 * A rotated rectangle in image pixels that a model looks at: its crop is resampled to the model's
 * square input, and the model's normalized outputs are projected back through it.
 *
 * <p>Normalized ROI coordinates (u, v) in [0, 1]² map to the image point {@code center +
 * R(rotation) · ((u − ½)·width, (v − ½)·height)}, where R rotates clockwise on screen (y grows
 * downwards), as MediaPipe's rectangles do.
 *
 * @param centerX center, image pixels
 * @param centerY center, image pixels
 * @param width extent along the ROI's own x axis, pixels
 * @param height extent along the ROI's own y axis, pixels
 * @param rotation radians, clockwise on screen
 */
public record Roi(double centerX, double centerY, double width, double height, double rotation) {

  /** The square that letterboxes a whole {@code imageWidth × imageHeight} image. */
  public static Roi letterbox(int imageWidth, int imageHeight) {
    double side = Math.max(imageWidth, imageHeight);
    return new Roi(imageWidth / 2.0, imageHeight / 2.0, side, side, 0);
  }

  /**
   * The square ROI MediaPipe derives from two alignment points: centered on {@code (x0, y0)}, twice
   * as wide as their distance, rotated so that the vector from point 0 to point 1 points up.
   */
  public static Roi fromAlignmentPoints(double x0, double y0, double x1, double y1) {
    double size = 2 * Math.hypot(x1 - x0, y1 - y0);
    double rotation = normalizeRadians(Math.PI / 2 - Math.atan2(-(y1 - y0), x1 - x0));
    return new Roi(x0, y0, size, size, rotation);
  }

  /** This ROI made square on its longer side and scaled by {@code scale} (MediaPipe's 1.25). */
  public Roi squareLong(double scale) {
    double side = Math.max(width, height) * scale;
    return new Roi(centerX, centerY, side, side, rotation);
  }

  public Roi rotatedBy(double radians) {
    return new Roi(centerX, centerY, width, height, normalizeRadians(rotation + radians));
  }

  /** Image x of normalized ROI point (u, v). */
  public double imageX(double u, double v) {
    double dx = (u - 0.5) * width;
    double dy = (v - 0.5) * height;
    return centerX + Math.cos(rotation) * dx - Math.sin(rotation) * dy;
  }

  /** Image y of normalized ROI point (u, v). */
  public double imageY(double u, double v) {
    double dx = (u - 0.5) * width;
    double dy = (v - 0.5) * height;
    return centerY + Math.sin(rotation) * dx + Math.cos(rotation) * dy;
  }

  /**
   * The 2×3 affine matrix (row-major) mapping image pixels to the pixels of a {@code size × size}
   * tensor of this ROI: the inverse of {@link #imageX}/{@link #imageY} scaled by {@code size}.
   */
  public double[] imageToTensor(int size) {
    double c = Math.cos(rotation);
    double s = Math.sin(rotation);
    double sx = size / width;
    double sy = size / height;
    return new double[] {
      c * sx, s * sx, size / 2.0 - sx * (c * centerX + s * centerY),
      -s * sy, c * sy, size / 2.0 - sy * (-s * centerX + c * centerY)
    };
  }

  static double normalizeRadians(double angle) {
    return angle - 2 * Math.PI * Math.floor((angle + Math.PI) / (2 * Math.PI));
  }
}
