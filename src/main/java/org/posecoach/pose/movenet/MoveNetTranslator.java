package org.posecoach.pose.movenet;

import ai.djl.ndarray.NDList;
import ai.djl.translate.TranslatorContext;
import java.util.ArrayList;
import java.util.List;
import org.posecoach.pose.Joint;
import org.posecoach.pose.Keypoint;
import org.posecoach.pose.KeypointLayout;
import org.posecoach.pose.image.TensorInputTranslator;

/**
 * Runs MoveNet SinglePose on a filled crop. The converted model keeps MoveNet's own decoding
 * (centre-weighted heatmap peak, offsets, per-keypoint peak search), so its output is already 17 ×
 * (y, x, score); this turns it into COCO-17 keypoints whose x and y are normalized to the crop (the
 * caller maps them back through its crop's {@code Roi}).
 */
final class MoveNetTranslator extends TensorInputTranslator<List<Keypoint>> {
  private static final List<Joint> JOINTS = KeypointLayout.COCO_17.joints();

  /** Values per keypoint in the raw output: y, x, score. */
  private static final int VALUES_PER_KEYPOINT = 3;

  @Override
  public List<Keypoint> processOutput(TranslatorContext ctx, NDList list) {
    float[] out = list.singletonOrThrow().toFloatArray();
    int expected = JOINTS.size() * VALUES_PER_KEYPOINT;
    if (out.length != expected) {
      throw new IllegalStateException(
          "MoveNet returned " + out.length + " values, expected " + expected);
    }
    List<Keypoint> keypoints = new ArrayList<>(JOINTS.size());
    for (int i = 0; i < JOINTS.size(); i++) {
      int o = i * VALUES_PER_KEYPOINT;
      keypoints.add(Keypoint.of(JOINTS.get(i), out[o + 1], out[o], out[o + 2]));
    }
    return List.copyOf(keypoints);
  }
}
