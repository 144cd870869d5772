package org.posecoach.models.convert;

/**
 * A layout the ONNX graph can hold a value in. Constants start out in TF layout; any other value
 * reaches the layout it lacks through a transpose.
 */
enum Layout {
  /** TensorFlow's own: NHWC for images, the logical shape as it is for everything else. */
  TF("const", "/nhwc", Shapes.NCHW_TO_NHWC),

  /** ONNX's layout for images; rank-4 values only. */
  NCHW("const_nchw", "/nchw", Shapes.NHWC_TO_NCHW);

  /** Base name of the initializer a constant becomes in this layout. */
  final String initializerBase;

  /** Suffix of the transpose that brings a value into this layout from the other one. */
  final String transposeSuffix;

  /** The permutation of that transpose. */
  final int[] fromOther;

  Layout(String initializerBase, String transposeSuffix, int[] fromOther) {
    this.initializerBase = initializerBase;
    this.transposeSuffix = transposeSuffix;
    this.fromOther = fromOther;
  }

  Layout other() {
    return this == TF ? NCHW : TF;
  }

  /** {@code constant}, which is in TF layout, arranged in this layout. */
  ConstTensor arrange(ConstTensor constant) {
    return this == TF ? constant : constant.transpose(fromOther);
  }
}
