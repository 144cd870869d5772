package org.posecoach.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.posecoach.motion.vocabulary.Side;

/**
 * The JSON layout of {@link HistoryExport}: {@code {"format": "pose-coach-history", "version": 1,
 * "sessions": [Session…]}}, sessions → steps → reps, holds, form events. Every key is always
 * written; one that does not apply (an unfinished session's end, a rep without a side) is {@code
 * null}. Numbers are written as recorded, without rounding. Keys are the components' names in snake
 * case, in their order, but for times in seconds ({@code start_s}), named explicitly.
 */
record HistoryJson(String format, int version, List<Session> sessions) {

  /** Identifies the layout, so a reader can tell it from other files. */
  static final String FORMAT = "pose-coach-history";

  /** Bumped when the layout changes incompatibly. */
  static final int VERSION = 1;

  static HistoryJson of(List<SessionDetail> sessions) {
    return new HistoryJson(FORMAT, VERSION, sessions.stream().map(HistoryJson::session).toList());
  }

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Session(
      long id,
      String startedAt,
      String endedAt,
      String routine,
      String model,
      String source,
      String status,
      int plannedSteps,
      int stepsCompleted,
      int reps,
      int holds,
      int formEvents,
      List<Step> steps) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Step(
      long id,
      int position,
      String exercise,
      int targetReps,
      @JsonProperty("target_hold_s") double targetHoldSeconds,
      String sides,
      @JsonProperty("start_s") double startSeconds,
      @JsonProperty("end_s") Double endSeconds,
      String status,
      List<Rep> reps,
      List<Hold> holds,
      List<FormEvent> formEvents) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Rep(
      int index,
      String side,
      @JsonProperty("start_s") double startSeconds,
      @JsonProperty("end_s") double endSeconds,
      @JsonProperty("duration_s") double durationSeconds,
      @JsonProperty("held_s") double heldSeconds,
      double rangeFraction,
      Double peakValue) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Hold(
      int index,
      String side,
      @JsonProperty("start_s") double startSeconds,
      @JsonProperty("held_s") double heldSeconds,
      @JsonProperty("target_s") double targetSeconds) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record FormEvent(
      @JsonProperty("time_s") double timeSeconds,
      String type,
      String severity,
      String message,
      String side) {}

  private static Session session(SessionDetail detail) {
    SessionSummary s = detail.session();
    return new Session(
        s.id().value(),
        s.startedAt().toString(),
        s.endedAt().map(Object::toString).orElse(null),
        s.routineName(),
        s.model(),
        s.source(),
        s.status().id(),
        s.plannedSteps(),
        s.stepsCompleted(),
        s.reps(),
        s.holds(),
        s.formEvents(),
        detail.steps().stream().map(HistoryJson::step).toList());
  }

  private static Step step(StepDetail detail) {
    StepSummary st = detail.step();
    return new Step(
        st.id().value(),
        st.position(),
        st.exercise().id(),
        st.targetReps(),
        st.targetHoldSeconds(),
        st.sides().id(),
        st.startSeconds(),
        orNull(st.endSeconds()),
        st.status().id(),
        detail.reps().stream().map(HistoryJson::rep).toList(),
        detail.holds().stream().map(HistoryJson::hold).toList(),
        detail.formEvents().stream().map(HistoryJson::formEvent).toList());
  }

  private static Rep rep(RepRecord rep) {
    return new Rep(
        rep.index(),
        side(rep.side()),
        rep.startSeconds(),
        rep.endSeconds(),
        rep.durationSeconds(),
        rep.heldSeconds(),
        rep.rangeFraction(),
        orNull(rep.peakValue()));
  }

  private static Hold hold(HoldRecord hold) {
    return new Hold(
        hold.index(),
        side(hold.side()),
        hold.startSeconds(),
        hold.heldSeconds(),
        hold.targetSeconds());
  }

  private static FormEvent formEvent(FormEventRecord event) {
    return new FormEvent(
        event.timeSeconds(), event.type(), event.severity(), event.message(), side(event.side()));
  }

  static String side(Optional<Side> side) {
    return side.map(Side::id).orElse(null);
  }

  private static Double orNull(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }
}
