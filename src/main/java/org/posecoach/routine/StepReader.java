package org.posecoach.routine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.Side;
import org.posecoach.routine.ExerciseInfo.Kind;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * One step mapping to a {@link RoutineStep}: each key read with its type and bounds, then the rules
 * that tie keys to the exercise (a hold exercise needs {@code hold_seconds}, an exercise that works
 * both sides at once takes no {@code sides}, …), defaults from {@link RoutineDefaults}.
 */
final class StepReader {
  /** The keys of a step, in the order the README documents them. */
  static final List<String> KEYS =
      List.of(
          "exercise",
          "title",
          "reps",
          "hold_seconds",
          "sides",
          "order",
          "first_side",
          "min_rep_seconds",
          "max_rep_seconds",
          "min_range_fraction",
          "min_range_value",
          "rest_after_seconds",
          "camera",
          "instructions");

  /** Words people may write instead of a step key. */
  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("id", "exercise"),
          Map.entry("name", "title"),
          Map.entry("rep", "reps"),
          Map.entry("repetitions", "reps"),
          Map.entry("count", "reps"),
          Map.entry("reps_per_side", "reps"),
          Map.entry("hold", "hold_seconds"),
          Map.entry("hold_time", "hold_seconds"),
          Map.entry("side", "sides"),
          Map.entry("tempo", "min_rep_seconds"),
          Map.entry("min_seconds_per_rep", "min_rep_seconds"),
          Map.entry("max_seconds_per_rep", "max_rep_seconds"),
          Map.entry("min_range", "min_range_fraction"),
          Map.entry("range", "min_range_fraction"),
          Map.entry("rest", "rest_after_seconds"),
          Map.entry("rest_seconds", "rest_after_seconds"),
          Map.entry("view", "camera"),
          Map.entry("camera_view", "camera"),
          Map.entry("placement", "camera"),
          Map.entry("instruction", "instructions"),
          Map.entry("cue", "instructions"));

  private static final Map<String, ExerciseId> EXERCISES =
      options(List.of(ExerciseId.values()), ExerciseId::id);
  private static final Map<String, Sides> SIDES =
      options(List.of(Sides.LEFT, Sides.RIGHT, Sides.BOTH), Sides::id);
  private static final Map<String, SideOrder> ORDERS =
      options(List.of(SideOrder.values()), SideOrder::id);
  private static final Map<String, Side> FIRST_SIDES = options(List.of(Side.values()), Side::id);
  private static final Map<String, CameraPlacement> CAMERAS =
      options(List.of(CameraPlacement.values()), CameraPlacement::id);

  private StepReader() {}

  static RoutineStep read(Node node, int number, String file) {
    YamlMapping step =
        YamlMapping.of(
            node,
            file,
            "step " + number,
            KEYS,
            ALIASES,
            "a step is a set of `key: value` lines starting with `- exercise:`");
    if (!step.has("exercise")) {
      throw step.missing(
          "the step has no `exercise:`; name one of " + String.join(", ", ExerciseId.ids()));
    }
    ExerciseId id = step.choice("exercise", EXERCISES, "exercise", "exercises").orElseThrow();
    ExerciseInfo info = ExerciseInfo.of(id);
    step = step.named("step " + number + " (" + id.id() + ")");

    String title = step.text("title", RoutineLimits.MAX_TITLE_CHARS, false).orElse(info.title());
    SidePlan sides = sides(step, info);
    String perSide = sides.sides() == Sides.BOTH ? " on each side" : "";
    int reps = reps(step, info, perSide);
    double hold = hold(step, info, perSide);
    Tempo tempo = tempo(step, info, hold);
    MinRange minRange =
        new MinRange(
            step.decimal(
                    "min_range_fraction",
                    RoutineLimits.MIN_RANGE_FRACTION_LOWEST,
                    RoutineLimits.MIN_RANGE_FRACTION_HIGHEST,
                    false,
                    " of your range",
                    "0.5")
                .orElse(RoutineDefaults.MIN_RANGE_FRACTION),
            step.decimal(
                "min_range_value", 0, RoutineLimits.MIN_RANGE_VALUE_HIGHEST, true, "", "20"));
    double rest =
        step.decimal(
                "rest_after_seconds", 0, RoutineLimits.MAX_REST_SECONDS, false, " seconds", "15")
            .orElse(RoutineDefaults.REST_AFTER_SECONDS);
    CameraPlacement camera = camera(step, info);
    String instructions =
        step.text("instructions", RoutineLimits.MAX_INSTRUCTIONS_CHARS, true)
            .orElse(RoutineDefaults.INSTRUCTIONS);
    return new RoutineStep(
        id, title, reps, hold, sides, tempo, minRange, rest, camera, instructions);
  }

  private static SidePlan sides(YamlMapping step, ExerciseInfo info) {
    if (!info.sided()) {
      for (String key : List.of("sides", "order", "first_side")) {
        if (step.has(key)) {
          throw step.error(
              step.keyNode(key),
              info.id().id()
                  + " works both sides of the body at once, so it takes no `"
                  + key
                  + "`; remove this line");
        }
      }
      return SidePlan.NONE;
    }
    Sides sides = step.choice("sides", SIDES, "side", "sides").orElse(RoutineDefaults.SIDES);
    if (sides != Sides.BOTH) {
      for (String key : List.of("order", "first_side")) {
        if (step.has(key)) {
          throw step.error(
              step.keyNode(key), "`" + key + "` only applies with `sides: both`; remove this line");
        }
      }
    }
    return new SidePlan(
        sides,
        step.choice("order", ORDERS, "order", "orders").orElse(RoutineDefaults.ORDER),
        step.choice("first_side", FIRST_SIDES, "side", "sides").orElse(RoutineDefaults.FIRST_SIDE));
  }

  private static int reps(YamlMapping step, ExerciseInfo info, String perSide) {
    var reps = step.wholeNumber("reps", RoutineLimits.MIN_REPS, RoutineLimits.MAX_REPS, "10");
    if (reps.isPresent()) {
      return reps.getAsInt();
    }
    if (info.kind() == Kind.TIMED_HOLD) {
      return RoutineDefaults.TIMED_HOLD_REPS;
    }
    throw step.missing(
        "`reps` is missing: how many repetitions" + perSide + ", for example `reps: 10`");
  }

  private static double hold(YamlMapping step, ExerciseInfo info, String perSide) {
    boolean held = info.kind() != Kind.REPS;
    OptionalDouble hold =
        step.decimal(
            "hold_seconds",
            held ? RoutineLimits.MIN_HELD_SECONDS : 0,
            RoutineLimits.MAX_HOLD_SECONDS,
            false,
            " seconds",
            held ? "10" : "2");
    if (hold.isPresent()) {
      return hold.getAsDouble();
    }
    if (held) {
      String what =
          info.kind() == Kind.TIMED_HOLD
              ? "how long to hold the stretch" + perSide
              : "how long to hold each repetition";
      throw step.missing(
          info.id().id()
              + " is held, so it needs `hold_seconds`: "
              + what
              + ", for example `hold_seconds: "
              + (info.kind() == Kind.TIMED_HOLD ? "10" : "1")
              + "`");
    }
    return RoutineDefaults.HOLD_SECONDS;
  }

  private static Tempo tempo(YamlMapping step, ExerciseInfo info, double hold) {
    if (info.kind() == Kind.TIMED_HOLD) {
      for (String key : List.of("min_rep_seconds", "max_rep_seconds")) {
        if (step.has(key)) {
          throw step.error(
              step.keyNode(key),
              info.id().id()
                  + " is a timed hold, so it has no tempo; remove `"
                  + key
                  + "` (the hold's length is `hold_seconds`)");
        }
      }
      return Tempo.NONE;
    }
    double min =
        step.decimal(
                "min_rep_seconds",
                RoutineLimits.MIN_REP_SECONDS_LOWEST,
                RoutineLimits.MIN_REP_SECONDS_HIGHEST,
                false,
                " seconds",
                "3")
            .orElse(RoutineDefaults.MIN_REP_SECONDS);
    OptionalDouble max =
        step.decimal(
            "max_rep_seconds", 0, RoutineLimits.MAX_REP_SECONDS_HIGHEST, true, " seconds", "10");
    if (max.isPresent() && max.getAsDouble() <= min) {
      throw step.error(
          step.valueNode("max_rep_seconds"),
          "`max_rep_seconds` ("
              + YamlMapping.plain(max.getAsDouble())
              + ") must be more than `min_rep_seconds` ("
              + YamlMapping.plain(min)
              + ")");
    }
    if (max.isPresent() && max.getAsDouble() <= hold) {
      throw step.error(
          step.valueNode("max_rep_seconds"),
          "`max_rep_seconds` ("
              + YamlMapping.plain(max.getAsDouble())
              + ") must be more than `hold_seconds` ("
              + YamlMapping.plain(hold)
              + "): a repetition includes its hold");
    }
    return new Tempo(min, max);
  }

  private static CameraPlacement camera(YamlMapping step, ExerciseInfo info) {
    CameraPlacement camera =
        step.choice("camera", CAMERAS, "camera placement", "camera placements")
            .orElse(RoutineDefaults.CAMERA);
    if (camera == CameraPlacement.FEET && !info.lyingOnBack()) {
      throw step.error(
          step.valueNode("camera"),
          info.id().id()
              + " is done on hands and knees, and the camera can only read it from the side; write"
              + " `camera: side`");
    }
    return camera;
  }

  /** The words a file may use for {@code values}, in order (messages list them in this order). */
  private static <T> Map<String, T> options(List<T> values, Function<T, String> word) {
    Map<String, T> out = new LinkedHashMap<>();
    values.forEach(v -> out.put(word.apply(v), v));
    return Collections.unmodifiableMap(out);
  }
}
