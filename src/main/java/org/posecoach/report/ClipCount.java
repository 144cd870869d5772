package org.posecoach.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What {@code analyze --exercise} counted on a clip, read from its report's first step.
 *
 * @param reps repetitions (or holds) in all
 * @param left on the person's left
 * @param right on the person's right
 * @param reason why nothing was counted, when the analysis says so
 * @param check an independent count that disagrees with the detector's, when there is one
 * @param events the form-event types raised, each once, in order of first appearance
 */
public record ClipCount(
    int reps,
    int left,
    int right,
    Optional<String> reason,
    Optional<CountCheck> check,
    List<String> events) {

  public ClipCount {
    events = List.copyOf(events);
  }

  /**
   * A periodicity-based count that disagrees with the rep detector's.
   *
   * @param periodicityReps the independent count, when given
   * @param message what the disagreement means, for a person
   */
  public record CountCheck(OptionalInt periodicityReps, String message) {}

  /**
   * Reads the first step of an {@code analyze} report ({@code {"steps": [{"reps", "left", "right",
   * "reason"?, "check"?, "events"}]}}); a report without steps counted nothing.
   */
  public static ClipCount fromReport(JsonNode report) {
    JsonNode step = report.path("steps").path(0);
    Optional<String> reason =
        Optional.ofNullable(step.get("reason"))
            .filter(JsonNode::isTextual)
            .map(JsonNode::asText)
            .filter(s -> !s.isBlank());
    List<String> events = new ArrayList<>();
    for (JsonNode e : step.path("events")) {
      String type = e.path("type").asText();
      if (!type.isEmpty() && !events.contains(type)) {
        events.add(type);
      }
    }
    return new ClipCount(
        step.path("reps").asInt(),
        step.path("left").asInt(),
        step.path("right").asInt(),
        reason,
        check(step.get("check")),
        events);
  }

  private static Optional<CountCheck> check(JsonNode node) {
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (node.isTextual()) {
      return Optional.of(new CountCheck(OptionalInt.empty(), node.asText()));
    }
    JsonNode reps = node.path("periodicity_reps");
    OptionalInt periodicity =
        reps.isIntegralNumber() ? OptionalInt.of(reps.asInt()) : OptionalInt.empty();
    JsonNode message = node.get("message");
    String text = message != null && message.isTextual() ? message.asText() : node.toString();
    return Optional.of(new CountCheck(periodicity, text));
  }
}
