package org.posecoach.testing;

import java.lang.reflect.Field;
import org.posecoach.pose.PersonMask;

/**
 * A person mask's grid and its map from image pixels to the grid. The product never reads them from
 * outside the mask, which answers with probabilities at image pixels; the test tools that write a
 * mask down ({@link PoseTracks}), move it with its pose or draw its grid read them here.
 */
public final class MaskMaps {
  private static final Field IMAGE_TO_GRID = field("imageToGrid");
  private static final Field SIZE = field("size");
  private static final Field LEVELS = field("levels");

  /** The mask stores each probability as one of 256 levels. */
  private static final double LEVELS_MAX = 255.0;

  private MaskMaps() {}

  /** The 2×3 affine matrix, row-major, from image pixels to grid coordinates (a copy). */
  public static double[] imageToGrid(PersonMask mask) {
    return ((double[]) read(IMAGE_TO_GRID, mask)).clone();
  }

  /** The grid's width and height, in cells. */
  public static int size(PersonMask mask) {
    return (int) read(SIZE, mask);
  }

  /** The probability stored at grid cell ({@code column}, {@code row}). */
  public static double cell(PersonMask mask, int column, int row) {
    byte[] levels = (byte[]) read(LEVELS, mask);
    return (levels[row * size(mask) + column] & 0xff) / LEVELS_MAX;
  }

  private static Object read(Field field, PersonMask mask) {
    try {
      return field.get(mask);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Field field(String name) {
    try {
      Field field = PersonMask.class.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(
          "PersonMask keeps its " + name + " elsewhere now: update this", e);
    }
  }
}
