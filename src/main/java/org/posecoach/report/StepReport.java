package org.posecoach.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One step of the {@code analyze} report (see README): {@code {"exercise", "reps", "left", "right",
 * "holds_s", "events": [{"t", "type", "severity", "message", "side"?}], "skipped", "reason",
 * "rhythm"?: {"reps", "period_s"?}, "check"?: {"rhythm_reps", "message"}}}. {@code skipped} and
 * {@code reason} come when the step ended; a step still open at the end of the input has neither.
 * Times are seconds, rounded to hundredths.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "exercise",
  "reps",
  "left",
  "right",
  "holds_s",
  "events",
  "skipped",
  "reason",
  "rhythm",
  "check"
})
public record StepReport(
    String exercise,
    int reps,
    int left,
    int right,
    @JsonProperty("holds_s") List<Double> holdsSeconds,
    List<Event> events,
    Boolean skipped,
    String reason,
    Rhythm rhythm,
    Check check) {

  public StepReport {
    holdsSeconds = List.copyOf(holdsSeconds);
    events = List.copyOf(events);
  }

  /** A form event: when, what, how serious, the cue, and the side when it concerns one. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"t", "type", "severity", "message", "side"})
  public record Event(double t, String type, String severity, String message, String side) {}

  /** The rhythm's own count, with its period when it had one. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"reps", "period_s"})
  public record Rhythm(int reps, @JsonProperty("period_s") Double periodSeconds) {}

  /** Why the rhythm's count disagrees with the count. */
  @JsonPropertyOrder({"rhythm_reps", "message"})
  public record Check(@JsonProperty("rhythm_reps") int rhythmReps, String message) {}
}
