package org.posecoach.store;

import java.time.Instant;
import java.util.Objects;

/**
 * What is known when a session starts.
 *
 * @param startedAt wall-clock start; every later time of the session is in seconds after it
 * @param routineName the routine's name ({@code Morning low back})
 * @param plannedSteps how many steps the routine has (for "4/6 steps done")
 * @param model the pose model id ({@code blazepose-full})
 * @param source where frames come from ({@code camera 0}, or a video file's path)
 */
public record SessionStart(
    Instant startedAt, String routineName, int plannedSteps, String model, String source) {
  public SessionStart {
    Objects.requireNonNull(startedAt, "startedAt");
    Checks.text(routineName, "routineName");
    Checks.positive(plannedSteps, "plannedSteps");
    Checks.text(model, "model");
    Checks.text(source, "source");
  }
}
