package org.posecoach.motion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.posecoach.motion.body.BodyFrame;
import org.posecoach.pose.Keypoint;
import org.posecoach.pose.Pose;

/**
 * Tells someone on the way in (walking in, getting down) from someone settled, over the frames in
 * which their torso is unseen: only a settled person's unseen torso is the camera's problem.
 */
final class ArrivingBody {
  /**
   * For the first 3 s after someone appears they are walking in and getting down, cut off or hidden
   * as they pass a close camera: only then is an unseen torso the camera's problem.
   */
  static final double ARRIVING_SECONDS = 3.0;

  /**
   * The visible body moving more than a third of its extent per second is getting into place
   * (walking in, getting down), not settled in front of a camera that cannot see it.
   */
  static final double MOVING_EXTENTS_PER_SECOND = 1.0 / 3;

  /** Unseen this long, someone seen again has (re)appeared. */
  private final double goneSeconds;

  private Pose lastTorsoUnseen;
  private double firstSeen = Double.NaN;
  private double lastSeen = Double.NaN;

  /**
   * @param goneSeconds how long someone must be unseen to count as arriving anew when seen again
   */
  ArrivingBody(double goneSeconds) {
    this.goneSeconds = goneSeconds;
  }

  /** Notes a frame at {@code t} in which someone was seen. */
  void seen(double t) {
    if (Double.isNaN(lastSeen) || t - lastSeen > goneSeconds) {
      firstSeen = t; // (re)appeared
    }
    lastSeen = t;
  }

  /**
   * Whether someone whose torso is unseen in {@code pose} (at {@code t}) is still arriving: within
   * {@link #ARRIVING_SECONDS} of appearing, or moving.
   */
  boolean arriving(double t, Pose pose) {
    return moving(pose) || t - firstSeen < ARRIVING_SECONDS;
  }

  /**
   * Whether the visible joints moved more than a third of the body's extent in the picture per
   * second since the last frame whose torso was unseen (someone on the way in, not settled).
   */
  private boolean moving(Pose pose) {
    Pose before = lastTorsoUnseen;
    lastTorsoUnseen = pose;
    if (before == null) {
      return true;
    }
    double dt = pose.timestampSeconds() - before.timestampSeconds();
    double minX = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    List<Double> moves = new ArrayList<>();
    for (Keypoint k : pose.keypoints()) {
      Optional<Keypoint> b = before.find(k.joint());
      if (k.score() < BodyFrame.MIN_KEYPOINT_SCORE
          || b.isEmpty()
          || b.get().score() < BodyFrame.MIN_KEYPOINT_SCORE) {
        continue;
      }
      minX = Math.min(minX, k.x());
      maxX = Math.max(maxX, k.x());
      minY = Math.min(minY, k.y());
      maxY = Math.max(maxY, k.y());
      moves.add(Math.hypot(k.x() - b.get().x(), k.y() - b.get().y()));
    }
    if (moves.size() < 3 || dt <= 0 || dt > 1) {
      return true;
    }
    moves.sort(Double::compare);
    double extent = Math.hypot(maxX - minX, maxY - minY);
    return moves.get(moves.size() / 2) / dt > MOVING_EXTENTS_PER_SECOND * extent;
  }
}
