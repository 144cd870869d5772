package org.posecoach.pose.blazepose;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.translate.TranslatorContext;
import org.posecoach.pose.image.TensorInputTranslator;

/**
 * Runs a BlazePose landmark model (lite, full or heavy) on a filled ROI crop and copies out the
 * outputs a caller needs; the segmentation mask (256 KB) is copied only when asked for.
 */
final class LandmarkTranslator extends TensorInputTranslator<LandmarkOutput> {
  private final boolean withSegmentation;

  LandmarkTranslator(boolean withSegmentation) {
    this.withSegmentation = withSegmentation;
  }

  @Override
  public LandmarkOutput processOutput(TranslatorContext ctx, NDList list) {
    return new LandmarkOutput(
        output(list, "output_poseflag").toFloatArray()[0],
        output(list, "ld_3d").toFloatArray(),
        output(list, "world_3d").toFloatArray(),
        output(list, "activation_heatmap").toFloatArray(),
        withSegmentation ? output(list, "activation_segmentation").toFloatArray() : null);
  }

  private static NDArray output(NDList list, String name) {
    NDArray array = list.get(name);
    if (array == null) {
      throw new IllegalStateException("landmark model has no output '" + name + "'");
    }
    return array;
  }
}
