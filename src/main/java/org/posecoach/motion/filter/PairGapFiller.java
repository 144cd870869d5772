package org.posecoach.motion.filter;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.posecoach.motion.body.BodyFrame;
import org.posecoach.pose.Joint;
import org.posecoach.pose.Keypoint;
import org.posecoach.pose.Pose;
import org.posecoach.pose.smoothing.KeypointFilter;

/**
 * Bridges short losses of one joint of a left/right pair by keeping its last seen offset from its
 * partner.
 *
 * <p>Seen from the side, the far knee or ankle flickers in and out of a pose model's confidence.
 * Measuring a pair's midpoint from the near joint alone whenever the far one drops out makes the
 * midpoint jump by the pair's separation, which looks like movement. While a joint is lost (score
 * under {@link BodyFrame#MIN_KEYPOINT_SCORE}) and its partner is seen, this filter puts it at the
 * partner plus the offset last seen between them, for up to {@link #MAX_BRIDGE_SECONDS}; the
 * bridged joint gets exactly the minimum usable score, so that signals comparing the two joints of
 * the pair can tell it was not seen ({@link BodyFrame#isObserved}). Joints lost longer, or whose
 * partner is also lost, stay lost.
 */
public final class PairGapFiller implements KeypointFilter {

  /**
   * Bridges up to 1 s: longer than the 0.1-0.4 s a far-side joint typically flickers out, short
   * enough that the body cannot have moved far from the remembered offset.
   */
  public static final double MAX_BRIDGE_SECONDS = 1.0;

  /**
   * A pair's offset is learnt only from joints placed with some confidence (0.4): a joint scored
   * just over the visibility threshold may be a far-off guess, and bridging with its offset would
   * repeat the guess for a second.
   */
  public static final double OFFSET_MIN_SCORE = 0.4;

  private record Offset(double dx, double dy, double seenSeconds) {}

  private final Map<Joint, Offset> lastOffset = new EnumMap<>(Joint.class);

  @Override
  public void reset() {
    lastOffset.clear();
  }

  @Override
  public Pose apply(Pose pose) {
    double t = pose.timestampSeconds();
    Map<Joint, Keypoint> byJoint = pose.byJoint();
    List<Keypoint> out = new ArrayList<>(pose.keypoints().size());
    boolean changed = false;
    for (Keypoint k : pose.keypoints()) {
      Joint j = k.joint();
      Joint partner = j.opposite();
      Keypoint p = byJoint.get(partner);
      if (partner == j || p == null) {
        out.add(k);
        continue;
      }
      boolean seen = k.isVisible(BodyFrame.MIN_KEYPOINT_SCORE);
      boolean partnerSeen = p.isVisible(BodyFrame.MIN_KEYPOINT_SCORE);
      if (seen && partnerSeen) {
        if (k.score() >= OFFSET_MIN_SCORE && p.score() >= OFFSET_MIN_SCORE) {
          lastOffset.put(j, new Offset(k.x() - p.x(), k.y() - p.y(), t));
        }
        out.add(k);
      } else if (!seen && partnerSeen && bridgeable(j, t)) {
        Offset o = lastOffset.get(j);
        out.add(
            new Keypoint(j, p.x() + o.dx(), p.y() + o.dy(), k.z(), BodyFrame.MIN_KEYPOINT_SCORE));
        changed = true;
      } else {
        out.add(k);
      }
    }
    if (!changed) {
      return pose;
    }
    return pose.withKeypoints(pose.timestampNanos(), out, pose.worldKeypoints());
  }

  private boolean bridgeable(Joint j, double t) {
    Offset o = lastOffset.get(j);
    return o != null && t - o.seenSeconds() <= MAX_BRIDGE_SECONDS && t >= o.seenSeconds();
  }
}
