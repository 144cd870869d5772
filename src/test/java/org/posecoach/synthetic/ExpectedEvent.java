package org.posecoach.synthetic;

import java.util.Optional;
import org.posecoach.motion.vocabulary.FormIssue;
import org.posecoach.motion.vocabulary.Side;

/**
 * A form event the analyzer must report within a time window.
 *
 * @param issue what it is about
 * @param side the side, when the issue concerns one (an event for either side matches when empty)
 * @param fromSeconds window start
 * @param toSeconds window end
 */
public record ExpectedEvent(
    FormIssue issue, Optional<Side> side, double fromSeconds, double toSeconds) {

  /** Whether an event of {@code issue} on {@code eventSide} at {@code t} matches this one. */
  public boolean matches(FormIssue eventIssue, Optional<Side> eventSide, double t) {
    return eventIssue == issue
        && t >= fromSeconds
        && t <= toSeconds
        && (side.isEmpty() || eventSide.isEmpty() || side.equals(eventSide));
  }
}
