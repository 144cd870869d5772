package org.posecoach.store;

import java.util.Objects;
import java.util.Optional;
import org.posecoach.motion.vocabulary.Side;

/**
 * One completed timed hold (glute stretch).
 *
 * @param index 1 for the step's first hold, counting all sides
 * @param side the side, for one-sided exercises
 * @param startSeconds when the hold began, seconds after the session start
 * @param heldSeconds how long it was held
 * @param targetSeconds how long the routine asked for
 */
public record HoldRecord(
    int index, Optional<Side> side, double startSeconds, double heldSeconds, double targetSeconds) {
  public HoldRecord {
    Checks.positive(index, "index");
    Objects.requireNonNull(side, "side");
    Checks.nonNegative(startSeconds, "startSeconds");
    Checks.nonNegative(heldSeconds, "heldSeconds");
    Checks.nonNegative(targetSeconds, "targetSeconds");
  }
}
