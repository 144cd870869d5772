package org.posecoach.pose.blazepose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * MediaPipe's weighted non-maximum suppression: the best detection absorbs every detection that
 * overlaps it by more than a threshold, and the result's box and keypoints are the score-weighted
 * mean of the group (steadier than keeping the single best box).
 */
final class WeightedNms {
  private WeightedNms() {}

  static List<Detection> apply(List<Detection> detections, float iouThreshold) {
    List<Detection> remaining = new ArrayList<>(detections);
    remaining.sort(Comparator.comparingDouble(Detection::score).reversed());
    List<Detection> out = new ArrayList<>();
    while (!remaining.isEmpty()) {
      Detection top = remaining.get(0);
      List<Detection> group = new ArrayList<>();
      List<Detection> rest = new ArrayList<>();
      for (Detection d : remaining) {
        (d == top || top.iou(d) > iouThreshold ? group : rest).add(d);
      }
      out.add(weightedMean(top, group));
      remaining = rest;
    }
    return out;
  }

  private static Detection weightedMean(Detection top, List<Detection> group) {
    float total = 0;
    float xMin = 0;
    float yMin = 0;
    float xMax = 0;
    float yMax = 0;
    float[] keypoints = new float[top.keypoints().length];
    for (Detection d : group) {
      float w = d.score();
      total += w;
      xMin += w * d.xMin();
      yMin += w * d.yMin();
      xMax += w * d.xMax();
      yMax += w * d.yMax();
      for (int i = 0; i < keypoints.length; i++) {
        keypoints[i] += w * d.keypoints()[i];
      }
    }
    for (int i = 0; i < keypoints.length; i++) {
      keypoints[i] /= total;
    }
    return new Detection(
        top.score(), xMin / total, yMin / total, xMax / total, yMax / total, keypoints);
  }
}
