package org.posecoach.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the history: a session and its counts.
 *
 * @param endedAt when it ended; empty while in progress. For a session aborted by a crash, the time
 *     of the last thing recorded
 * @param stepsCompleted distinct routine steps whose target was met
 * @param reps counted reps, all steps
 * @param holds completed timed holds, all steps
 * @param formEvents form events, all steps
 */
public record SessionSummary(
    SessionId id,
    Instant startedAt,
    Optional<Instant> endedAt,
    String routineName,
    String model,
    String source,
    SessionStatus status,
    int plannedSteps,
    int stepsCompleted,
    int reps,
    int holds,
    int formEvents) {
  public SessionSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(endedAt, "endedAt");
    Objects.requireNonNull(status, "status");
  }

  /** How long it lasted; empty while in progress. */
  public Optional<Duration> duration() {
    return endedAt.map(end -> Duration.between(startedAt, end));
  }
}
