package org.posecoach.store;

import java.util.List;
import java.util.Objects;

/** A step with everything recorded during it, each list in the order it happened. */
public record StepDetail(
    StepSummary step,
    List<RepRecord> reps,
    List<HoldRecord> holds,
    List<FormEventRecord> formEvents) {
  public StepDetail {
    Objects.requireNonNull(step, "step");
    reps = List.copyOf(reps);
    holds = List.copyOf(holds);
    formEvents = List.copyOf(formEvents);
  }
}
