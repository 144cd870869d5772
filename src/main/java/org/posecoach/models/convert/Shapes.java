package org.posecoach.models.convert;

import java.util.Arrays;

/** Small helpers for static shapes (row-major, int dimensions). */
final class Shapes {
  /** NHWC axis → NCHW axis, and the permutations between the two layouts. */
  static final int[] NHWC_TO_NCHW = {0, 3, 1, 2};

  static final int[] NCHW_TO_NHWC = {0, 2, 3, 1};

  private Shapes() {}

  static int size(int[] shape) {
    int n = 1;
    for (int d : shape) {
      n = Math.multiplyExact(n, d);
    }
    return n;
  }

  static int[] strides(int[] shape) {
    int[] s = new int[shape.length];
    int acc = 1;
    for (int i = shape.length - 1; i >= 0; i--) {
      s[i] = acc;
      acc *= shape[i];
    }
    return s;
  }

  static int[] permute(int[] shape, int[] perm) {
    int[] out = new int[perm.length];
    for (int i = 0; i < perm.length; i++) {
      out[i] = shape[perm[i]];
    }
    return out;
  }

  /** Advances a multi-index in row-major order. */
  static void increment(int[] index, int[] shape) {
    for (int d = shape.length - 1; d >= 0; d--) {
      if (++index[d] < shape[d]) {
        return;
      }
      index[d] = 0;
    }
  }

  /** NumPy-style broadcast of two shapes; throws when they do not broadcast. */
  static int[] broadcast(int[] a, int[] b, String where) {
    int rank = Math.max(a.length, b.length);
    int[] out = new int[rank];
    for (int i = 0; i < rank; i++) {
      int da = i < rank - a.length ? 1 : a[i - (rank - a.length)];
      int db = i < rank - b.length ? 1 : b[i - (rank - b.length)];
      if (da != db && da != 1 && db != 1) {
        throw new ConversionException(
            "shapes "
                + Arrays.toString(a)
                + " and "
                + Arrays.toString(b)
                + " do not broadcast in "
                + where);
      }
      out[i] = Math.max(da, db);
    }
    return out;
  }

  /** {@code shape} with ones prepended up to {@code rank}. */
  static int[] padLeft(int[] shape, int rank) {
    int[] out = new int[rank];
    Arrays.fill(out, 1);
    System.arraycopy(shape, 0, out, rank - shape.length, shape.length);
    return out;
  }

  static int normalizeAxis(int axis, int rank) {
    int a = axis < 0 ? axis + rank : axis;
    if (a < 0 || a >= rank) {
      throw new ConversionException("axis " + axis + " out of range for rank " + rank);
    }
    return a;
  }

  static long[] toLongs(int[] values) {
    long[] out = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i];
    }
    return out;
  }

  /** The permutation that leaves all {@code rank} axes in place. */
  static int[] identity(int rank) {
    int[] p = new int[rank];
    for (int i = 0; i < rank; i++) {
      p[i] = i;
    }
    return p;
  }

  /** {@code shape} with a new axis of {@code size} at {@code axis}. */
  static int[] insertAxis(int[] shape, int axis, int size) {
    int[] out = new int[shape.length + 1];
    for (int d = 0, s = 0; d < out.length; d++) {
      out[d] = d == axis ? size : shape[s++];
    }
    return out;
  }

  /** {@code shape} without axis {@code axis}. */
  static int[] removeAxis(int[] shape, int axis) {
    int[] out = new int[shape.length - 1];
    for (int d = 0, o = 0; d < shape.length; d++) {
      if (d != axis) {
        out[o++] = shape[d];
      }
    }
    return out;
  }
}
