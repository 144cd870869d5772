package org.posecoach.pose.blazepose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DetectorDecodingTest {
  @Test
  void blazePoseHas2254AnchorsCentredInTheirCells() {
    float[] anchors = SsdAnchors.blazePose();
    assertEquals(2 * 2254, anchors.length);
    assertEquals(0.5f / 28, anchors[0], 1e-7); // first cell of the 28×28 map
    assertEquals(0.5f / 28, anchors[1], 1e-7);
    assertEquals(6.5f / 7, anchors[anchors.length - 2], 1e-6); // last cell of the 7×7 map
  }

  @Test
  void boxesAreDecodedRelativeToTheirAnchorAndWeakOnesDropped() {
    float[] anchors = {0.5f, 0.5f, 0.25f, 0.25f};
    float[] raw = new float[2 * 13];
    raw[0] = 3; // strong: sigmoid ≈ 0.95
    raw[1] = 22.4f; // centre x shifted by 0.1 of the input
    raw[3] = 44.8f; // width 0.2
    raw[4] = 44.8f;
    raw[5] = -22.4f; // keypoint 0 x at anchor − 0.1
    raw[13] = -3; // weak: dropped
    List<Detection> found = DetectorTranslator.decode(raw, anchors);
    assertEquals(1, found.size());
    Detection d = found.get(0);
    assertEquals(0.5f, d.xMin(), 1e-6);
    assertEquals(0.7f, d.xMax(), 1e-6);
    assertEquals(0.4f, d.keypointX(0), 1e-6);
    assertEquals(0.5f, d.keypointY(0), 1e-6);
  }

  @Test
  void weightedSuppressionMergesOverlapsByScoreAndKeepsSeparatePeople() {
    Detection a = new Detection(0.9f, 0.0f, 0.0f, 0.4f, 0.4f, new float[] {0.2f, 0.2f});
    Detection b = new Detection(0.3f, 0.04f, 0.04f, 0.44f, 0.44f, new float[] {0.3f, 0.3f});
    Detection far = new Detection(0.6f, 0.6f, 0.6f, 0.9f, 0.9f, new float[] {0.7f, 0.7f});
    List<Detection> out = WeightedNms.apply(List.of(b, far, a), 0.3f);
    assertEquals(2, out.size());
    assertEquals(0.9f, out.get(0).score(), 1e-6); // the group keeps its best score
    assertEquals((0.9f * 0.2f + 0.3f * 0.3f) / 1.2f, out.get(0).keypointX(0), 1e-6);
    assertEquals(0.6f, out.get(1).score(), 1e-6);
  }

  @Test
  void heatmapPullsALandmarkToTheConfidentPeakNearIt() {
    int size = 16;
    float[] heatmap = new float[size * size];
    heatmap[4 * size + 6] = 0.9f; // peak at column 6, row 4
    float[] xy = {4f / size, 4f / size};
    HeatmapRefinement.refine(xy, heatmap, size, 1);
    assertEquals(6f / size, xy[0], 1e-6);
    assertEquals(4f / size, xy[1], 1e-6);

    float[] unsure = new float[size * size];
    unsure[4 * size + 6] = 0.4f; // below the 0.5 needed to refine
    float[] kept = {4f / size, 4f / size};
    HeatmapRefinement.refine(kept, unsure, size, 1);
    assertEquals(4f / size, kept[0], 1e-6);
  }
}
