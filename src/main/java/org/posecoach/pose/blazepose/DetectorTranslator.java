package org.posecoach.pose.blazepose;

import ai.djl.ndarray.NDList;
import ai.djl.translate.TranslatorContext;
import java.util.ArrayList;
import java.util.List;
import org.posecoach.pose.image.TensorInput;
import org.posecoach.pose.image.TensorInputTranslator;

/**
 * Runs the BlazePose detector on a filled {@link TensorInput} and decodes its 2254 raw boxes into
 * {@link Detection}s: sigmoid scores above {@link #MIN_SCORE}, boxes and keypoints relative to
 * their anchors, then weighted non-maximum suppression. Output is sorted by score, best first.
 *
 * <p>Raw row layout ({@code [1, 2254, 13]}): score logit, box centre x, y, width, height, then 4
 * keypoints as x, y; all offsets in input pixels (224) relative to the anchor centre.
 */
final class DetectorTranslator extends TensorInputTranslator<DetectionList> {
  /** MediaPipe's pose detector settings (pose_detection_cpu.pbtxt). */
  static final float MIN_SCORE = 0.5f;

  static final float NMS_IOU = 0.3f;
  private static final float SCORE_CLIP = 100f;
  private static final int INPUT_SIZE = 224;
  private static final int VALUES_PER_BOX = 13;

  private final float[] anchors = SsdAnchors.blazePose();

  @Override
  public DetectionList processOutput(TranslatorContext ctx, NDList list) {
    return new DetectionList(decode(list.singletonOrThrow().toFloatArray(), anchors));
  }

  static List<Detection> decode(float[] raw, float[] anchors) {
    int boxes = anchors.length / 2;
    if (raw.length != boxes * VALUES_PER_BOX) {
      throw new IllegalStateException(
          "detector returned " + raw.length + " values, expected " + boxes * VALUES_PER_BOX);
    }
    List<Detection> found = new ArrayList<>();
    for (int b = 0; b < boxes; b++) {
      int o = b * VALUES_PER_BOX;
      float logit = Math.max(-SCORE_CLIP, Math.min(SCORE_CLIP, raw[o]));
      float score = (float) (1 / (1 + Math.exp(-logit)));
      if (score < MIN_SCORE) {
        continue;
      }
      float ax = anchors[2 * b];
      float ay = anchors[2 * b + 1];
      float cx = raw[o + 1] / INPUT_SIZE + ax;
      float cy = raw[o + 2] / INPUT_SIZE + ay;
      float w = raw[o + 3] / INPUT_SIZE;
      float h = raw[o + 4] / INPUT_SIZE;
      float[] keypoints = new float[2 * Detection.KEYPOINTS];
      for (int k = 0; k < Detection.KEYPOINTS; k++) {
        keypoints[2 * k] = raw[o + 5 + 2 * k] / INPUT_SIZE + ax;
        keypoints[2 * k + 1] = raw[o + 6 + 2 * k] / INPUT_SIZE + ay;
      }
      found.add(new Detection(score, cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2, keypoints));
    }
    return WeightedNms.apply(found, NMS_IOU);
  }
}
