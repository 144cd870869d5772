package org.posecoach.motion.rep;

import org.posecoach.motion.signal.SignalShape;

/** Picks the detector for a signal's shape. */
public final class RepDetectors {

  private RepDetectors() {}

  public static RepDetector create(DetectorConfig config) {
    return config.shape() == SignalShape.TWO_ENDS
        ? new TwoEndsDetector(config)
        : new OutAndBackDetector(config);
  }
}
