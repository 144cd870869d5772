package org.posecoach.pose;

import java.util.Arrays;
import java.util.Objects;

/**
 * Where the person is: a square grid of person probabilities over a region of the image (the pose
 * model's crop, turned with the body), and the affine map from image pixels to grid cells. Motion
 * stages read outlines from it that keypoints cannot give, such as the line of the back. Immutable,
 * compared by value; probabilities are kept to 1/255.
 *
 * <pre>{@code
 * PersonMask mask = pose.mask().orElseThrow();
 * double p = mask.probabilityAt(412.5, 230.0);   // 0..1, 0 outside the grid
 * }</pre>
 */
public final class PersonMask {
  private static final double LEVELS = 255.0;

  private final int size;
  private final byte[] levels;
  private final double[] imageToGrid;

  private PersonMask(int size, byte[] levels, double[] imageToGrid) {
    this.size = size;
    this.levels = levels;
    this.imageToGrid = imageToGrid;
  }

  /**
   * A mask from probabilities in row-major order.
   *
   * @param size the grid's width and height, in cells
   * @param probabilities {@code size × size} values in [0, 1] (values outside are clamped)
   * @param imageToGrid the 2×3 affine matrix, row-major, taking image pixels (x, y) to grid
   *     coordinates (column, row), cell centres at whole numbers
   */
  public static PersonMask of(int size, float[] probabilities, double[] imageToGrid) {
    Objects.requireNonNull(probabilities, "probabilities");
    if (size <= 0 || probabilities.length != size * size) {
      throw new IllegalArgumentException(
          "a " + size + "-cell mask needs " + size * size + " values, got " + probabilities.length);
    }
    if (imageToGrid.length != 6) {
      throw new IllegalArgumentException("the image-to-grid map needs 6 values");
    }
    byte[] levels = new byte[probabilities.length];
    // Every frame while masks are wanted: plain float arithmetic (no Math.round's double path);
    // the comparisons also send NaN to 0.
    float scale = (float) LEVELS;
    for (int i = 0; i < levels.length; i++) {
      float p = probabilities[i];
      float clamped = p > 0 ? (p < 1 ? p : 1) : 0;
      levels[i] = (byte) (int) (clamped * scale + 0.5f);
    }
    return new PersonMask(size, levels, imageToGrid.clone());
  }

  /** The probability stored at grid cell ({@code column}, {@code row}); 0 outside the grid. */
  private double cell(int column, int row) {
    if (column < 0 || row < 0 || column >= size || row >= size) {
      return 0;
    }
    return (levels[row * size + column] & 0xff) / LEVELS;
  }

  /** The person probability at image pixel ({@code x}, {@code y}), interpolated; 0 off the grid. */
  public double probabilityAt(double x, double y) {
    double[] m = imageToGrid;
    double gx = m[0] * x + m[1] * y + m[2];
    double gy = m[3] * x + m[4] * y + m[5];
    int x0 = (int) Math.floor(gx);
    int y0 = (int) Math.floor(gy);
    double fx = gx - x0;
    double fy = gy - y0;
    double top = cell(x0, y0) * (1 - fx) + cell(x0 + 1, y0) * fx;
    double bottom = cell(x0, y0 + 1) * (1 - fx) + cell(x0 + 1, y0 + 1) * fx;
    return top * (1 - fy) + bottom * fy;
  }

  /**
   * This mask over the same picture scaled by {@code sx} across and {@code sy} down, pixel centres
   * kept on pixel centres (as {@link Pose#resizedTo} maps keypoints).
   */
  PersonMask resized(double sx, double sy) {
    double[] m = imageToGrid;
    // The old pixel of new pixel (x, y) is ((x + ½) / sx − ½, (y + ½) / sy − ½).
    double ox = 0.5 / sx - 0.5;
    double oy = 0.5 / sy - 0.5;
    double[] resized = {
      m[0] / sx, m[1] / sy, m[2] + m[0] * ox + m[1] * oy,
      m[3] / sx, m[4] / sy, m[5] + m[3] * ox + m[4] * oy
    };
    return new PersonMask(size, levels, resized);
  }

  /**
   * Image pixels per grid cell: the finest detail the mask can show, for choosing a sampling step.
   */
  public double pixelsPerCell() {
    double det = imageToGrid[0] * imageToGrid[4] - imageToGrid[1] * imageToGrid[3];
    return 1 / Math.sqrt(Math.abs(det));
  }

  /** Equal when the grids, their probabilities and their maps from the image are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof PersonMask m
        && size == m.size
        && Arrays.equals(levels, m.levels)
        && Arrays.equals(imageToGrid, m.imageToGrid);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(levels) + Arrays.hashCode(imageToGrid);
  }
}
