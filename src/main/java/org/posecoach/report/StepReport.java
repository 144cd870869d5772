package org.posecoach.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * One step of the {@code analyze} report (see README): {@code {"exercise", "reps", "left", "right",
 * "holds_s", "events": [{"t", "type", "severity", "message", "side"?}], "status", "reason",
 * "rhythm"?: {"reps", "period_s"?}, "check"?: {"rhythm_reps", "message"}}}. {@code status} is a
 * {@link org.posecoach.store.StepStatus#id()}: {@code completed}, {@code partly_done}, {@code
 * skipped}, {@code restarted}, {@code ended_early} or {@code not_reached}. {@code status} and
 * {@code reason} come when the step ended; a step still open has neither, one not reached no
 * reason. Times are seconds, rounded to hundredths. Keys are the components' names in snake case,
 * in their order, but for times in seconds ({@code holds_s}), named explicitly.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record StepReport(
    String exercise,
    int reps,
    int left,
    int right,
    @JsonProperty("holds_s") List<Double> holdsSeconds,
    List<Event> events,
    String status,
    String reason,
    Rhythm rhythm,
    Check check) {

  public StepReport {
    holdsSeconds = List.copyOf(holdsSeconds);
    events = List.copyOf(events);
  }

  /** A form event: when, what, how serious, the cue, and the side when it concerns one. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Event(double t, String type, String severity, String message, String side) {}

  /** The rhythm's own count, with its period when it had one. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Rhythm(int reps, @JsonProperty("period_s") Double periodSeconds) {}

  /** Why the rhythm's count disagrees with the count. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Check(int rhythmReps, String message) {}
}
