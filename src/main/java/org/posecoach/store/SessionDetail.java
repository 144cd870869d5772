package org.posecoach.store;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** A session with its steps in the order they were started. */
public record SessionDetail(SessionSummary session, List<StepDetail> steps) {
  public SessionDetail {
    Objects.requireNonNull(session, "session");
    steps = List.copyOf(steps);
  }

  /**
   * Routine steps that counted something without being completed: partly done and not completed in
   * another attempt. With {@link SessionSummary#stepsCompleted()}, an honest count of the work.
   */
  public int stepsPartlyDone() {
    var completed =
        steps.stream()
            .filter(s -> s.step().status() == StepStatus.COMPLETED)
            .map(s -> s.step().position())
            .collect(Collectors.toSet());
    return (int)
        steps.stream()
            .filter(s -> s.step().status() == StepStatus.PARTLY_DONE)
            .map(s -> s.step().position())
            .filter(p -> !completed.contains(p))
            .distinct()
            .count();
  }

  /** How many planned steps the session never reached: those after the last one it started. */
  public int stepsNotReached() {
    int last = steps.stream().mapToInt(s -> s.step().position()).max().orElse(0);
    return session.status() == SessionStatus.IN_PROGRESS
        ? 0
        : Math.max(0, session.plannedSteps() - last);
  }
}
