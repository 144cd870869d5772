package org.posecoach.pipeline;

import java.util.Optional;
import org.posecoach.pose.EstimateTimings;
import org.posecoach.pose.Pose;

/**
 * What the pipeline found in one frame.
 *
 * @param sequence the frame's number from its source
 * @param timestampNanos the frame's media time
 * @param pose the smoothed pose, or empty when no person was found
 * @param timings when the frame passed each stage (analysis time is filled after the listeners)
 * @param estimate where the pose estimate's own time went
 * @param droppedSoFar live frames skipped so far because a newer one had arrived
 */
public record FrameResult(
    long sequence,
    long timestampNanos,
    int width,
    int height,
    Optional<Pose> pose,
    FrameTimings timings,
    EstimateTimings estimate,
    long droppedSoFar) {}
