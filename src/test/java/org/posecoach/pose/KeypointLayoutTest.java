package org.posecoach.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.posecoach.pose.Joint.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeypointLayoutTest {
  @Test
  void cocoIsMoveNetsOutputOrder() {
    // The order of MoveNet's model card; the translator reads output row i as joint i.
    assertEquals(
        List.of(
            NOSE,
            LEFT_EYE,
            RIGHT_EYE,
            LEFT_EAR,
            RIGHT_EAR,
            LEFT_SHOULDER,
            RIGHT_SHOULDER,
            LEFT_ELBOW,
            RIGHT_ELBOW,
            LEFT_WRIST,
            RIGHT_WRIST,
            LEFT_HIP,
            RIGHT_HIP,
            LEFT_KNEE,
            RIGHT_KNEE,
            LEFT_ANKLE,
            RIGHT_ANKLE),
        KeypointLayout.COCO_17.joints());
  }
}
