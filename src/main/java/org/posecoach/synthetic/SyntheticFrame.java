package org.posecoach.synthetic;

import java.util.Optional;
import org.posecoach.pose.Pose;

/** One camera frame of a synthetic stream: its time and the pose found, if any. */
public record SyntheticFrame(long timestampNanos, Optional<Pose> pose) {}
