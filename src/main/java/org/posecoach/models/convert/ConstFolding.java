package org.posecoach.models.convert;

import java.util.function.DoubleBinaryOperator;
import java.util.function.LongBinaryOperator;

/** Evaluates elementwise ops on constants, with NumPy broadcasting, in TF's arithmetic. */
final class ConstFolding {
  private ConstFolding() {}

  static ConstTensor binary(
      String where,
      ConstTensor a,
      ConstTensor b,
      DoubleBinaryOperator onFloats,
      LongBinaryOperator onInts) {
    if (a.dtype != b.dtype) {
      throw new ConversionException(where + " mixes " + a.dtype + " and " + b.dtype);
    }
    int[] shape = Shapes.broadcast(a.shape, b.shape, where);
    int n = Shapes.size(shape);
    int[] index = new int[shape.length];
    int[] aShape = Shapes.padLeft(a.shape, shape.length);
    int[] bShape = Shapes.padLeft(b.shape, shape.length);
    int[] aStrides = Shapes.strides(aShape);
    int[] bStrides = Shapes.strides(bShape);
    float[] f = a.isFloat() ? new float[n] : null;
    long[] l = a.isFloat() ? null : new long[n];
    for (int o = 0; o < n; o++) {
      int ia = 0;
      int ib = 0;
      for (int d = 0; d < shape.length; d++) {
        ia += (aShape[d] == 1 ? 0 : index[d]) * aStrides[d];
        ib += (bShape[d] == 1 ? 0 : index[d]) * bStrides[d];
      }
      if (f != null) {
        // float32 in, float32 out, as TF computes it.
        f[o] = (float) onFloats.applyAsDouble(a.floatAt(ia), b.floatAt(ib));
      } else {
        long v = onInts.applyAsLong(a.longAt(ia), b.longAt(ib));
        l[o] = a.dtype == DType.INT32 ? (int) v : v;
      }
      Shapes.increment(index, shape);
    }
    return f != null ? ConstTensor.ofFloats(shape, f) : ConstTensor.ofLongs(a.dtype, shape, l);
  }

  /** Gathers {@code src} along each axis at the given index lists (a general slice). */
  static ConstTensor slice(ConstTensor src, int[][] indices, int[] outShape) {
    int[] sliceShape = new int[indices.length];
    for (int d = 0; d < indices.length; d++) {
      sliceShape[d] = indices[d].length;
    }
    int n = Shapes.size(sliceShape);
    int[] strides = Shapes.strides(src.shape);
    int[] index = new int[sliceShape.length];
    float[] f = src.isFloat() ? new float[n] : null;
    long[] l = src.isFloat() ? null : new long[n];
    for (int o = 0; o < n; o++) {
      int s = 0;
      for (int d = 0; d < index.length; d++) {
        s += indices[d][index[d]] * strides[d];
      }
      if (f != null) {
        f[o] = src.floatAt(s);
      } else {
        l[o] = src.longAt(s);
      }
      Shapes.increment(index, sliceShape);
    }
    return f != null
        ? ConstTensor.ofFloats(outShape, f)
        : ConstTensor.ofLongs(src.dtype, outShape, l);
  }

  /** Concatenates along {@code axis}. */
  static ConstTensor concat(ConstTensor[] parts, int axis) {
    int[] shape = parts[0].shape.clone();
    shape[axis] = 0;
    for (ConstTensor p : parts) {
      shape[axis] += p.shape[axis];
    }
    int outer = 1;
    for (int d = 0; d < axis; d++) {
      outer *= shape[d];
    }
    int n = Shapes.size(shape);
    boolean isFloat = parts[0].isFloat();
    float[] f = isFloat ? new float[n] : null;
    long[] l = isFloat ? null : new long[n];
    int o = 0;
    for (int i = 0; i < outer; i++) {
      for (ConstTensor p : parts) {
        int chunk = p.size() / outer;
        for (int j = 0; j < chunk; j++) {
          if (isFloat) {
            f[o++] = p.floatAt(i * chunk + j);
          } else {
            l[o++] = p.longAt(i * chunk + j);
          }
        }
      }
    }
    return isFloat ? ConstTensor.ofFloats(shape, f) : ConstTensor.ofLongs(parts[0].dtype, shape, l);
  }
}
