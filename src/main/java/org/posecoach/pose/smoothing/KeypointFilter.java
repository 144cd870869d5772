package org.posecoach.pose.smoothing;

import org.posecoach.pose.Pose;

/**
 * Smooths a stream of poses over time.
 *
 * <p>Input: poses of one person, in increasing timestamp order. Output: a new pose, same layout and
 * timestamp, with smoothed positions. A frame without a person should be answered with {@link
 * #reset()}, so the next person found does not drag the previous one's positions along.
 *
 * <pre>{@code
 * KeypointFilter filter = new OneEuroKeypointFilter(OneEuroKeypointFilter.Settings.MEDIAPIPE_POSE);
 * estimator.estimate(frame, t).map(filter::apply).ifPresentOrElse(show, filter::reset);
 * }</pre>
 */
public interface KeypointFilter {
  /** No smoothing: every pose passes through as it is. */
  KeypointFilter NONE =
      new KeypointFilter() {
        @Override
        public Pose apply(Pose pose) {
          return pose;
        }

        @Override
        public void reset() {}
      };

  Pose apply(Pose pose);

  void reset();
}
