package org.posecoach.routine;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Text to a YAML node tree with line and column marks, every YAML error turned into a {@link
 * RoutineException}. Values are not interpreted here: {@link RoutineReader} reads them with the
 * schema at hand.
 */
final class YamlDocument {
  /**
   * Aliases ({@code *name}) are never needed in a routine; a handful is allowed, floods ("billion
   * laughs") are refused here, with their place, before the composer would refuse them without one.
   */
  private static final int MAX_ALIASES = 20;

  private YamlDocument() {}

  /**
   * The root node of {@code text}.
   *
   * @throws RoutineException when the text is not YAML, is nested too deeply, or is empty
   */
  static Node compose(String text, String file) {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(file)
            // Duplicate and non-scalar keys are reported by RoutineReader, with their place.
            .setAllowDuplicateKeys(true)
            .setAllowNonScalarKeys(true)
            .setAllowRecursiveKeys(true)
            .setMaxAliasesForCollections(MAX_ALIASES + 1)
            // A %YAML directive is not needed; any version is read as YAML 1.2.
            .setVersionFunction(UnaryOperator.identity())
            .build();
    Optional<Node> root;
    try {
      // Composing recurses once per level, so the depth is checked first on the flat event stream.
      checkStructure(new Parse(settings).parseString(text), file);
      root = new Compose(settings).composeString(text);
    } catch (MarkedYamlEngineException e) {
      throw syntaxError(e, file);
    } catch (ReaderException e) {
      int[] place = RoutineText.lineAndColumn(text, e.getPosition());
      throw new RoutineException(file, place[0], place[1], "unreadable character: " + e.getName());
    } catch (YamlEngineException e) {
      throw new RoutineException(file, "not a valid YAML file: " + e.getMessage(), e);
    }
    if (root.isEmpty() || isNull(root.get())) {
      throw new RoutineException(
          file,
          1,
          1,
          "the file is empty; a routine needs at least a `name:` and a list of `steps:` (see"
              + " routines/README.md)");
    }
    return root.get();
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar
        && scalar.isPlain()
        && YamlMapping.isNullWord(scalar.getValue());
  }

  private static void checkStructure(Iterable<Event> events, String file) {
    int depth = 0;
    int aliases = 0;
    for (Event event : events) {
      if (event instanceof AliasEvent && ++aliases > MAX_ALIASES) {
        throw at(
            file,
            event.getStartMark(),
            "more than "
                + MAX_ALIASES
                + " aliases (*name); a routine does not need them, write the values out");
      }
      if (event instanceof CollectionStartEvent) {
        depth++;
        if (depth > RoutineLimits.MAX_NESTING_LEVELS) {
          throw at(
              file,
              event.getStartMark(),
              "lists and mappings are nested more than "
                  + RoutineLimits.MAX_NESTING_LEVELS
                  + " levels deep here; a routine needs only 3 (routine, steps, step)");
        }
      } else if (event instanceof CollectionEndEvent) {
        depth--;
      }
    }
  }

  private static RoutineException syntaxError(MarkedYamlEngineException e, String file) {
    String problem = e.getProblem() == null ? "" : e.getProblem().strip();
    String context = e.getContext() == null ? "" : e.getContext().strip();
    StringBuilder message = new StringBuilder("YAML syntax error: ");
    message.append(problem.isEmpty() ? context : problem);
    if (!problem.isEmpty() && !context.isEmpty()) {
      message.append(" (").append(context);
      e.getContextMark()
          .ifPresent(
              m ->
                  message
                      .append(" that starts at line ")
                      .append(m.getLine() + 1)
                      .append(", column ")
                      .append(m.getColumn() + 1));
      message.append(')');
    }
    message.append("; ").append(hint(problem));
    Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
    return at(file, mark, message.toString().replaceAll("\\s*[\\r\\n]+\\s*", " "));
  }

  /** A fix for the syntax errors people make most when editing YAML by hand. */
  private static String hint(String problem) {
    if (problem.contains("mapping values are not allowed")) {
      return "a value that contains ': ' must be put in quotes, and each key starts a new line";
    }
    if (problem.contains("(TAB)")) {
      return "indent with spaces, not tabs";
    }
    if (problem.contains("alias")) {
      return "routines do not need anchors (&) or aliases (*); write the value out";
    }
    return "check the indentation, quotes and brackets around here";
  }

  private static RoutineException at(String file, Optional<Mark> mark, String problem) {
    return mark.map(m -> new RoutineException(file, m.getLine() + 1, m.getColumn() + 1, problem))
        .orElseGet(() -> new RoutineException(file, problem, null));
  }
}
