package org.posecoach.pose.movenet;

import ai.djl.ndarray.NDList;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;
import org.posecoach.pose.image.TensorInput;

/**
 * Runs MoveNet SinglePose on a filled crop. The converted model keeps MoveNet's own decoding
 * (centre-weighted heatmap peak, offsets, per-keypoint peak search), so its output is already 17 ×
 * (y, x, score) with y and x normalized to the crop.
 */
final class MoveNetTranslator implements NoBatchifyTranslator<TensorInput, float[]> {
  static final int KEYPOINTS = 17;

  @Override
  public NDList processInput(TranslatorContext ctx, TensorInput input) {
    return new NDList(ctx.getNDManager().create(input.data(), input.shape(), input.dataType()));
  }

  @Override
  public float[] processOutput(TranslatorContext ctx, NDList list) {
    float[] out = list.singletonOrThrow().toFloatArray();
    if (out.length != KEYPOINTS * 3) {
      throw new IllegalStateException("MoveNet returned " + out.length + " values, expected 51");
    }
    return out;
  }
}
