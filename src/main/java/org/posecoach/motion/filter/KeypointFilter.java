package org.posecoach.motion.filter;

import org.posecoach.pose.Pose;

/**
 * Cleans a stream of poses before anything is measured on them.
 *
 * <p>Inputs: poses in time order. Output: a pose with the same layout and timestamp. {@link
 * #reset()} forgets the stream (a new person, or a gap), so the next pose passes unchanged.
 *
 * <pre>{@code
 * KeypointFilter filter = new PairGapFiller();
 * Pose cleaned = filter.apply(pose);
 * }</pre>
 */
public interface KeypointFilter {

  void reset();

  Pose apply(Pose pose);
}
