package org.posecoach.models.convert;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A tensor known at conversion time: a weight, or the result of folding constant ops.
 *
 * <p>Floats live in {@code floats}; every integer type (and bool, as 0/1) lives in {@code longs}.
 * Row-major, in TensorFlow's logical layout. Treated as immutable once built.
 */
final class ConstTensor {
  final DType dtype;
  final int[] shape;
  private final float[] floats;
  private final long[] longs;

  private ConstTensor(DType dtype, int[] shape, float[] floats, long[] longs) {
    this.dtype = dtype;
    this.shape = shape.clone();
    this.floats = floats;
    this.longs = longs;
    int n = size();
    int have = floats != null ? floats.length : longs.length;
    if (have != n) {
      throw new ConversionException(
          "tensor of shape " + Arrays.toString(shape) + " needs " + n + " values, has " + have);
    }
  }

  static ConstTensor ofFloats(int[] shape, float[] values) {
    return new ConstTensor(DType.FLOAT, shape, values, null);
  }

  static ConstTensor ofLongs(DType dtype, int[] shape, long[] values) {
    if (dtype == DType.FLOAT) {
      throw new IllegalArgumentException("integer data for a float tensor");
    }
    return new ConstTensor(dtype, shape, null, values);
  }

  static ConstTensor scalar(float value) {
    return ofFloats(new int[0], new float[] {value});
  }

  static ConstTensor vector(DType dtype, long... values) {
    return ofLongs(dtype, new int[] {values.length}, values);
  }

  int rank() {
    return shape.length;
  }

  int size() {
    return Shapes.size(shape);
  }

  boolean isFloat() {
    return dtype == DType.FLOAT;
  }

  float floatAt(int i) {
    return floats != null ? floats[i] : longs[i];
  }

  long longAt(int i) {
    if (longs == null) {
      throw new ConversionException("expected an integer tensor, got " + dtype);
    }
    return longs[i];
  }

  /** All values as ints (shapes, axes, paddings). */
  int[] toInts() {
    int[] out = new int[size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Math.toIntExact(longAt(i));
    }
    return out;
  }

  float[] floatsCopy() {
    if (floats != null) {
      return floats.clone();
    }
    float[] out = new float[longs.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = longs[i];
    }
    return out;
  }

  long[] longsCopy() {
    if (longs != null) {
      return longs.clone();
    }
    long[] out = new long[floats.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (long) floats[i];
    }
    return out;
  }

  ConstTensor reshape(int[] newShape) {
    return new ConstTensor(dtype, newShape, floats, longs);
  }

  ConstTensor cast(DType to) {
    if (to == dtype) {
      return this;
    }
    if (to == DType.FLOAT) {
      return ofFloats(shape, floatsCopy());
    }
    long[] values = longsCopy();
    if (to == DType.BOOL) {
      for (int i = 0; i < values.length; i++) {
        values[i] = values[i] != 0 ? 1 : 0;
      }
    } else if (to == DType.INT32) {
      for (int i = 0; i < values.length; i++) {
        values[i] = (int) values[i];
      }
    }
    return ofLongs(to, shape, values);
  }

  /** Reorders axes: output axis {@code i} is input axis {@code perm[i]}. */
  ConstTensor transpose(int[] perm) {
    int[] outShape = Shapes.permute(shape, perm);
    int n = size();
    int[] inStrides = Shapes.strides(shape);
    int[] outIndex = new int[shape.length];
    float[] f = floats != null ? new float[n] : null;
    long[] l = longs != null ? new long[n] : null;
    for (int o = 0; o < n; o++) {
      int src = 0;
      for (int d = 0; d < outShape.length; d++) {
        src += outIndex[d] * inStrides[perm[d]];
      }
      if (f != null) {
        f[o] = floats[src];
      } else {
        l[o] = longs[src];
      }
      Shapes.increment(outIndex, outShape);
    }
    return new ConstTensor(dtype, outShape, f, l);
  }

  /** Little-endian bytes in the ONNX layout for this data type ({@code raw_data}). */
  byte[] rawBytes() {
    ByteBuffer buf = ByteBuffer.allocate(size() * dtype.bytes).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < size(); i++) {
      switch (dtype) {
        case FLOAT -> buf.putFloat(floats[i]);
        case INT32 -> buf.putInt((int) longs[i]);
        case INT64 -> buf.putLong(longs[i]);
        case BOOL -> buf.put((byte) (longs[i] != 0 ? 1 : 0));
      }
    }
    return buf.array();
  }

  @Override
  public String toString() {
    return dtype + Arrays.toString(shape);
  }
}
