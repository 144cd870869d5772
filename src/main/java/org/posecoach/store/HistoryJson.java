package org.posecoach.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.posecoach.motion.vocabulary.Side;

/**
 * The JSON layout of {@link HistoryExport}: {@code {"format": "pose-coach-history", "version": 1,
 * "sessions": [Session…]}}, sessions → steps → reps, holds, form events. A rep, hold or form event
 * is written as its record ({@link RepRecord}, {@link HoldRecord}, {@link FormEventRecord}). Every
 * key is always written; one that does not apply (an unfinished session's end, a rep without a
 * side) is {@code null}. Numbers are written as recorded, without rounding. Keys are the
 * components' names in snake case, in their order; times in seconds are shortened to {@code _s}
 * ({@code startSeconds} → {@code start_s}).
 */
record HistoryJson(String format, int version, List<Session> sessions) {

  /** Identifies the layout, so a reader can tell it from other files. */
  static final String FORMAT = "pose-coach-history";

  /** Bumped when the layout changes incompatibly. */
  static final int VERSION = 1;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .propertyNamingStrategy(new Keys())
          .addModule(optionalValues())
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET) // the caller closes its writer
          .build();

  static HistoryJson of(List<SessionDetail> sessions) {
    return new HistoryJson(FORMAT, VERSION, sessions.stream().map(HistoryJson::session).toList());
  }

  /** Writes {@code sessions} to {@code out} in this layout, followed by a line separator. */
  static void write(List<SessionDetail> sessions, Writer out) throws IOException {
    MAPPER.writeValue(out, of(sessions));
    out.write(System.lineSeparator());
  }

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

  record Step(
      long id,
      int position,
      String exercise,
      int targetReps,
      double targetHoldSeconds,
      String sides,
      double startSeconds,
      OptionalDouble endSeconds,
      String status,
      List<RepRecord> reps,
      List<HoldRecord> holds,
      List<FormEventRecord> formEvents) {}

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
        st.endSeconds(),
        st.status().id(),
        detail.reps(),
        detail.holds(),
        detail.formEvents());
  }

  /**
   * Snake case, with a time in seconds shortened: {@code targetHoldSeconds} → {@code
   * target_hold_s}.
   */
  private static final class Keys extends PropertyNamingStrategies.NamingBase {
    private static final String SECONDS = "_seconds";

    private final PropertyNamingStrategies.NamingBase snakeCase =
        new PropertyNamingStrategies.SnakeCaseStrategy();

    @Override
    public String translate(String name) {
      String key = snakeCase.translate(name);
      return key.endsWith(SECONDS) ? key.substring(0, key.length() - SECONDS.length()) + "_s" : key;
    }
  }

  /** The records' optional values: {@code null} when absent; a side as its word ({@code left}). */
  private static SimpleModule optionalValues() {
    return new SimpleModule("history-values")
        .addSerializer(
            Side.class,
            new StdSerializer<>(Side.class) {
              @Override
              public void serialize(Side side, JsonGenerator json, SerializerProvider unused)
                  throws IOException {
                json.writeString(side.id());
              }
            })
        .addSerializer(
            OptionalDouble.class,
            new StdSerializer<>(OptionalDouble.class) {
              @Override
              public void serialize(
                  OptionalDouble value, JsonGenerator json, SerializerProvider unused)
                  throws IOException {
                if (value.isPresent()) {
                  json.writeNumber(value.getAsDouble());
                } else {
                  json.writeNull();
                }
              }
            })
        .addSerializer(
            new StdSerializer<Optional<?>>(Optional.class, false) {
              @Override
              public void serialize(
                  Optional<?> value, JsonGenerator json, SerializerProvider provider)
                  throws IOException {
                provider.defaultSerializeValue(value.orElse(null), json);
              }
            });
  }
}
