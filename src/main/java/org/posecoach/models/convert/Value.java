package org.posecoach.models.convert;

import java.util.EnumMap;
import java.util.Map;

/**
 * A TF tensor during conversion. Its {@link #shape} is TensorFlow's logical shape (NHWC for
 * images); the ONNX graph may hold it in TF layout, in NCHW layout (rank 4 only), or both, or — for
 * a compile-time constant — not yet at all. A zero {@code Pad} is held back as {@link #pendingPad}
 * so that a following convolution can take the padding into its own {@code pads}.
 */
final class Value {
  /** A spatial zero padding not yet emitted: {@code source} padded by {@code pads} (TF order). */
  record PendingPad(Value source, int[] pads) {}

  final DType dtype;
  final int[] shape;
  final ConstTensor constant;
  final PendingPad pendingPad;

  /** The ONNX tensors holding this value, by layout, once emitted. */
  private final Map<Layout, String> onnxNames = new EnumMap<>(Layout.class);

  private Value(DType dtype, int[] shape, ConstTensor constant, PendingPad pendingPad) {
    this.dtype = dtype;
    this.shape = shape.clone();
    this.constant = constant;
    this.pendingPad = pendingPad;
  }

  static Value constant(ConstTensor t) {
    return new Value(t.dtype, t.shape, t, null);
  }

  static Value inTfLayout(String onnxName, DType dtype, int[] shape) {
    return in(Layout.TF, onnxName, dtype, shape);
  }

  static Value inNchw(String onnxName, DType dtype, int[] nhwcShape) {
    return in(Layout.NCHW, onnxName, dtype, nhwcShape);
  }

  /** A value that ONNX tensor {@code onnxName} holds in {@code layout}; {@code shape} is TF's. */
  static Value in(Layout layout, String onnxName, DType dtype, int[] shape) {
    Value v = new Value(dtype, shape, null, null);
    v.hold(layout, onnxName);
    return v;
  }

  static Value padded(Value source, int[] pads, int[] shape) {
    return new Value(source.dtype, shape, null, new PendingPad(source, pads.clone()));
  }

  boolean isConst() {
    return constant != null;
  }

  int rank() {
    return shape.length;
  }

  /** The ONNX tensor holding this value in {@code layout}, or null while there is none. */
  String onnxName(Layout layout) {
    return onnxNames.get(layout);
  }

  /** Records that ONNX tensor {@code onnxName} holds this value in {@code layout}. */
  void hold(Layout layout, String onnxName) {
    onnxNames.put(layout, onnxName);
  }

  /** Whether the value already lives in NCHW and not in TF layout (so NCHW consumers are free). */
  boolean prefersNchw() {
    if (constant != null) {
      return false;
    }
    if (pendingPad != null) {
      return pendingPad.source().prefersNchw();
    }
    return onnxNames.containsKey(Layout.NCHW) && !onnxNames.containsKey(Layout.TF);
  }

  /** The layout to read this value in when any will do: the one that needs no transpose. */
  Layout preferredLayout() {
    return prefersNchw() ? Layout.NCHW : Layout.TF;
  }
}
