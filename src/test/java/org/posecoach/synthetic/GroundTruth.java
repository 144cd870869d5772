package org.posecoach.synthetic;

import java.util.List;
import org.posecoach.motion.vocabulary.Side;

/**
 * What a synthetic stream contains, by construction.
 *
 * @param reps repetitions (or completed holds) to be counted, in time order
 * @param events form events to be reported
 */
public record GroundTruth(List<ExpectedRep> reps, List<ExpectedEvent> events) {

  public GroundTruth {
    reps = List.copyOf(reps);
    events = List.copyOf(events);
  }

  public int total() {
    return reps.size();
  }

  public int count(Side side) {
    return (int) reps.stream().filter(r -> r.side().isPresent() && r.side().get() == side).count();
  }
}
