package org.posecoach.motion.signal;

import static org.posecoach.pose.Joint.LEFT_ANKLE;
import static org.posecoach.pose.Joint.LEFT_EAR;
import static org.posecoach.pose.Joint.LEFT_HIP;
import static org.posecoach.pose.Joint.LEFT_KNEE;
import static org.posecoach.pose.Joint.LEFT_SHOULDER;
import static org.posecoach.pose.Joint.LEFT_WRIST;
import static org.posecoach.pose.Joint.RIGHT_ANKLE;
import static org.posecoach.pose.Joint.RIGHT_EAR;
import static org.posecoach.pose.Joint.RIGHT_HIP;
import static org.posecoach.pose.Joint.RIGHT_KNEE;
import static org.posecoach.pose.Joint.RIGHT_SHOULDER;
import static org.posecoach.pose.Joint.RIGHT_WRIST;

import java.util.Set;
import org.posecoach.pose.Joint;

/**
 * The joint groups the signals require ({@link SignalSpec.Builder#requires}): either joint of a
 * left/right pair, which is enough where a signal reads the pair's midpoint (in a side view the two
 * nearly coincide, so one seen joint stands for both).
 */
final class JointGroups {

  static final Set<Joint> EITHER_SHOULDER = Set.of(LEFT_SHOULDER, RIGHT_SHOULDER);
  static final Set<Joint> EITHER_HIP = Set.of(LEFT_HIP, RIGHT_HIP);
  static final Set<Joint> EITHER_KNEE = Set.of(LEFT_KNEE, RIGHT_KNEE);
  static final Set<Joint> EITHER_ANKLE = Set.of(LEFT_ANKLE, RIGHT_ANKLE);
  static final Set<Joint> EITHER_WRIST = Set.of(LEFT_WRIST, RIGHT_WRIST);
  static final Set<Joint> EITHER_EAR = Set.of(LEFT_EAR, RIGHT_EAR);

  private JointGroups() {}
}
