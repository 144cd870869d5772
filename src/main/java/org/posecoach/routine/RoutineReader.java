package org.posecoach.routine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The routine's own keys ({@code name}, {@code description}, {@code steps}) to a {@link Routine}.
 */
final class RoutineReader {
  /** The keys of a routine, in the order the README documents them. */
  static final List<String> KEYS = List.of("name", "description", "steps");

  /** Words people may write instead of a routine key. */
  private static final Map<String, String> ALIASES =
      Map.of(
          "title", "name",
          "exercises", "steps",
          "routine", "steps",
          "about", "description",
          "summary", "description");

  private RoutineReader() {}

  static Routine read(Node root, String file) {
    YamlMapping routine =
        YamlMapping.of(
            root,
            file,
            "",
            KEYS,
            ALIASES,
            "a routine file is a set of `key: value` lines starting with `name:` and `steps:`");
    String name =
        routine
            .text("name", RoutineLimits.MAX_NAME_CHARS, false)
            .filter(n -> !n.isBlank())
            .orElseThrow(
                () ->
                    routine.has("name")
                        ? routine.error(
                            routine.valueNode("name"),
                            "`name` has no value; give the routine a short name")
                        : routine.missing(
                            "the routine has no `name:`; add a line such as `name: Morning low"
                                + " back`"));
    String description =
        routine
            .text("description", RoutineLimits.MAX_DESCRIPTION_CHARS, true)
            .orElse(RoutineDefaults.DESCRIPTION);
    return new Routine(name, description, steps(routine, file));
  }

  private static List<RoutineStep> steps(YamlMapping routine, String file) {
    if (!routine.has("steps")) {
      throw routine.missing(
          "the routine has no `steps:`; add `steps:` followed by its exercises, each starting with"
              + " `- exercise:` (see routines/README.md)");
    }
    Node value = routine.valueNode("steps");
    if (value instanceof ScalarNode scalar
        && scalar.isPlain()
        && YamlMapping.isNullWord(scalar.getValue())) {
      throw routine.error(
          value,
          "`steps` is empty; list at least one exercise under it, starting with `- exercise:`");
    }
    if (!(value instanceof SequenceNode list)) {
      throw routine.error(
          value,
          "`steps` must be a list of exercises, each starting with `- exercise:`, but it is "
              + YamlMapping.describe(value));
    }
    List<Node> items = list.getValue();
    if (items.isEmpty()) {
      throw routine.error(value, "`steps` is an empty list; add at least one exercise");
    }
    List<RoutineStep> steps = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (i == RoutineLimits.MAX_STEPS) {
        throw routine.error(
            items.get(i),
            "a routine has at most "
                + RoutineLimits.MAX_STEPS
                + " steps; split this one into several routines");
      }
      steps.add(StepReader.read(items.get(i), i + 1, file));
    }
    return steps;
  }
}
