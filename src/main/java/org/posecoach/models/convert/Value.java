package org.posecoach.models.convert;

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

  /** ONNX tensor holding this value in TF layout, once emitted. */
  String tfLayoutName;

  /** ONNX tensor holding this value in NCHW layout, once emitted. */
  String nchwName;

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
    Value v = new Value(dtype, shape, null, null);
    v.tfLayoutName = onnxName;
    return v;
  }

  static Value inNchw(String onnxName, DType dtype, int[] nhwcShape) {
    Value v = new Value(dtype, nhwcShape, null, null);
    v.nchwName = onnxName;
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

  /** Whether the value already lives in NCHW and not in TF layout (so NCHW consumers are free). */
  boolean prefersNchw() {
    if (constant != null) {
      return false;
    }
    if (pendingPad != null) {
      return pendingPad.source().prefersNchw();
    }
    return nchwName != null && tfLayoutName == null;
  }
}
