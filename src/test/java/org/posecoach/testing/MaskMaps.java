package org.posecoach.testing;

import java.lang.reflect.Field;
import org.posecoach.pose.PersonMask;

/**
 * A person mask's map from image pixels to its grid. The product never reads it from outside the
 * mask, which answers with probabilities; the test tools that write a mask down ({@link
 * PoseTracks}), move it with its pose or draw its grid read it here.
 */
public final class MaskMaps {
  private static final Field IMAGE_TO_GRID = imageToGridField();

  private MaskMaps() {}

  /** The 2×3 affine matrix, row-major, from image pixels to grid coordinates (a copy). */
  public static double[] imageToGrid(PersonMask mask) {
    try {
      return ((double[]) IMAGE_TO_GRID.get(mask)).clone();
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Field imageToGridField() {
    try {
      Field field = PersonMask.class.getDeclaredField("imageToGrid");
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("PersonMask keeps its map elsewhere now: update this", e);
    }
  }
}
