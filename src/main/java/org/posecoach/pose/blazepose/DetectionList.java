package org.posecoach.pose.blazepose;

import java.util.List;

/** The detector's people, best first (a record so DJL's typed criteria can name it). */
record DetectionList(List<Detection> detections) {
  DetectionList {
    detections = List.copyOf(detections);
  }
}
