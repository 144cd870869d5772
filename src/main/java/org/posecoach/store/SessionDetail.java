package org.posecoach.store;

import java.util.List;
import java.util.Objects;

/** A session with its steps in the order they were started. */
public record SessionDetail(SessionSummary session, List<StepDetail> steps) {
  public SessionDetail {
    Objects.requireNonNull(session, "session");
    steps = List.copyOf(steps);
  }
}
