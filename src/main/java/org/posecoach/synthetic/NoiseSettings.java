package org.posecoach.synthetic;

/**
 * How badly the synthetic pose model behaves.
 *
 * @param jitter keypoint jitter, one standard deviation in torso lengths (real models: about
 *     0.01-0.03 of the torso on a webcam image), correlated over a few frames
 * @param dropoutsPerMinute bursts of 1-4 frames without any pose
 * @param lowScoresPerMinute per joint: bursts of 3-10 frames where the joint is lost (score
 *     0.05-0.25, position off by up to a third of a torso)
 * @param confidenceDropsPerMinute bursts of 5-15 frames with all scores lowered to 50-80 %
 */
public record NoiseSettings(
    double jitter,
    double dropoutsPerMinute,
    double lowScoresPerMinute,
    double confidenceDropsPerMinute) {

  public static final NoiseSettings NONE = new NoiseSettings(0, 0, 0, 0);

  /** A good model on a well-lit webcam image. */
  public static final NoiseSettings TYPICAL = new NoiseSettings(0.012, 4, 2, 3);
}
