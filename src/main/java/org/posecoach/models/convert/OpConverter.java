package org.posecoach.models.convert;

/**
 * Turns one TF.js node into ONNX nodes. A converter reads its inputs from the context, emits the
 * nodes and initializers it needs through it (or folds the node into a constant) and records the
 * node's value, in whichever layout suits the ONNX ops it chose.
 */
@FunctionalInterface
interface OpConverter {
  void convert(ConversionContext ctx, TfjsNode node);
}
