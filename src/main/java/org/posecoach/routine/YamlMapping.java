package org.posecoach.routine;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * One YAML mapping of a routine file (the routine, or one step) read against its list of keys:
 * unknown and repeated keys are refused up front, and each typed getter refuses a value of the
 * wrong type or out of range with a message that names the key, the place and the fix.
 */
final class YamlMapping {
  private static final Pattern WHOLE = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern DECIMAL =
      Pattern.compile("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?");

  /** A longer number cannot be in any range here; it is refused before parsing. */
  private static final int MAX_NUMBER_CHARS = 30;

  /** Values quoted back in messages are cut to this length. */
  private static final int MAX_SHOWN_CHARS = 40;

  private final String file;
  private final String where;
  private final Node node;
  private final Map<String, NodeTuple> entries;

  private YamlMapping(String file, String where, Node node, Map<String, NodeTuple> entries) {
    this.file = file;
    this.where = where;
    this.node = node;
    this.entries = entries;
  }

  /**
   * Reads {@code node} as a mapping whose keys are among {@code keys}.
   *
   * @param where how messages name this mapping ("step 3"); empty for the routine itself
   * @param aliases words people may write for a key, to suggest the right one
   * @param shape what the mapping should look like, for the message when it is not one
   */
  static YamlMapping of(
      Node node,
      String file,
      String where,
      List<String> keys,
      Map<String, String> aliases,
      String shape) {
    if (!(node instanceof MappingNode mapping)) {
      throw error(file, where, node, shape + ", but this is " + describe(node));
    }
    Map<String, NodeTuple> entries = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode scalar)) {
        throw error(
            file,
            where,
            keyNode,
            "a key must be a plain word such as `" + keys.get(0) + "`, not " + describe(keyNode));
      }
      String key = scalar.getValue();
      NodeTuple first = entries.get(key);
      if (first != null) {
        throw error(
            file,
            where,
            keyNode,
            "`"
                + clip(key)
                + "` is given twice (first on line "
                + line(first.getKeyNode())
                + "); keep only one of them");
      }
      if (!keys.contains(key)) {
        String hint =
            Nearest.to(key, keys, aliases).map(k -> "; did you mean `" + k + "`?").orElse(".");
        throw error(
            file,
            where,
            keyNode,
            "unknown key `"
                + clip(key)
                + "`"
                + hint
                + " The keys here are: "
                + String.join(", ", keys));
      }
      entries.put(key, tuple);
    }
    return new YamlMapping(file, where, node, entries);
  }

  /** The same mapping, named differently in messages (once the step's exercise is known). */
  YamlMapping named(String newWhere) {
    return new YamlMapping(file, newWhere, node, entries);
  }

  boolean has(String key) {
    return entries.containsKey(key);
  }

  /** The node of the key itself (to point at a key that should not be there). */
  Node keyNode(String key) {
    return entries.get(key).getKeyNode();
  }

  /** The node of the key's value. */
  Node valueNode(String key) {
    return entries.get(key).getValueNode();
  }

  /** An error at the start of this mapping (for a missing key). */
  RoutineException missing(String problem) {
    return error(file, where, node, problem);
  }

  /** An error at {@code at}. */
  RoutineException error(Node at, String problem) {
    return error(file, where, at, problem);
  }

  /**
   * Text of at most {@code maxChars} characters, stripped; empty when the key is absent or has no
   * value.
   */
  Optional<String> text(String key, int maxChars, boolean multiline) {
    if (!has(key)) {
      return Optional.empty();
    }
    Node value = valueNode(key);
    if (!(value instanceof ScalarNode scalar)) {
      throw error(value, "`" + key + "` must be text, but it is " + describe(value));
    }
    if (scalar.isPlain() && isNullWord(scalar.getValue())) {
      return Optional.empty();
    }
    String text = scalar.getValue().strip();
    int chars = text.codePointCount(0, text.length());
    if (chars > maxChars) {
      throw error(
          value,
          "`"
              + key
              + "` is "
              + chars
              + " characters long; keep it to "
              + maxChars
              + " or fewer (a few short words)");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineBreak = c == '\n' && multiline;
      if ((Character.isISOControl(c) && !lineBreak && c != '\t')
          || Character.getType(c) == Character.LINE_SEPARATOR) {
        throw error(
            value,
            String.format(
                "`%s` contains the control character U+%04X; write plain text%s",
                key, (int) c, multiline ? "" : " on one line"));
      }
    }
    return Optional.of(text);
  }

  /** A whole number in {@code [min, max]}; empty when the key is absent. */
  OptionalInt wholeNumber(String key, int min, int max, String example) {
    if (!has(key)) {
      return OptionalInt.empty();
    }
    String text = numberText(key, example);
    Node value = valueNode(key);
    if (!WHOLE.matcher(text).matches()) {
      throw error(
          value,
          "`" + key + "` must be a whole number such as " + example + ", but it is " + show(text));
    }
    BigDecimal number = parse(key, text, example);
    if (number.compareTo(BigDecimal.valueOf(min)) < 0
        || number.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw error(
          value, "`" + key + "` must be from " + min + " to " + max + ", but it is " + show(text));
    }
    return OptionalInt.of(number.intValueExact());
  }

  /**
   * A number in {@code [min, max]} ({@code (min, max]} when {@code minExclusive}); empty when the
   * key is absent.
   *
   * @param unit appended to the bounds in messages, e.g. " seconds"; may be empty
   */
  OptionalDouble decimal(
      String key, double min, double max, boolean minExclusive, String unit, String example) {
    if (!has(key)) {
      return OptionalDouble.empty();
    }
    String text = numberText(key, example);
    Node value = valueNode(key);
    if (!DECIMAL.matcher(text).matches()) {
      throw error(
          value, "`" + key + "` must be a number such as " + example + ", but it is " + show(text));
    }
    BigDecimal number = parse(key, text, example);
    int low = number.compareTo(BigDecimal.valueOf(min));
    if ((minExclusive ? low <= 0 : low < 0) || number.compareTo(BigDecimal.valueOf(max)) > 0) {
      String range =
          minExclusive
              ? "more than " + plain(min) + " and at most " + plain(max)
              : "from " + plain(min) + " to " + plain(max);
      throw error(value, "`" + key + "` must be " + range + unit + ", but it is " + show(text));
    }
    return OptionalDouble.of(number.doubleValue());
  }

  /**
   * One of {@code options} (keys are the words of the file); empty when the key is absent.
   *
   * @param one how the message names one option ("exercise")
   * @param many how it names several ("exercises")
   */
  <T> Optional<T> choice(String key, Map<String, T> options, String one, String many) {
    if (!has(key)) {
      return Optional.empty();
    }
    Node value = valueNode(key);
    List<String> words = List.copyOf(options.keySet());
    if (!(value instanceof ScalarNode scalar)) {
      throw error(
          value,
          "`"
              + key
              + "` must be one of "
              + String.join(", ", words)
              + ", but it is "
              + describe(value));
    }
    String given = scalar.getValue().strip();
    if (scalar.isPlain() && isNullWord(given)) {
      throw error(
          value,
          "`"
              + key
              + "` has no value; write one of "
              + String.join(", ", words)
              + ", or remove the line");
    }
    T chosen = options.get(given);
    if (chosen != null) {
      return Optional.of(chosen);
    }
    String hint =
        Nearest.to(given, words, Map.of()).map(w -> "; did you mean `" + w + "`?").orElse(".");
    throw error(
        value,
        "unknown "
            + one
            + " `"
            + clip(given)
            + "`"
            + hint
            + " The "
            + many
            + " are: "
            + String.join(", ", words));
  }

  /** The plain scalar text of a number-valued key, refusing lists, quotes and empty values. */
  private String numberText(String key, String example) {
    Node value = valueNode(key);
    if (!(value instanceof ScalarNode scalar)) {
      throw error(
          value,
          "`" + key + "` must be a number such as " + example + ", but it is " + describe(value));
    }
    String text = scalar.getValue().strip();
    if (scalar.isPlain() && isNullWord(text)) {
      throw error(
          value,
          "`" + key + "` has no value; write a number such as " + example + ", or remove the line");
    }
    if (!scalar.isPlain()) {
      throw error(
          value,
          "`"
              + key
              + "` must be a number, but it is the text "
              + show(text)
              + " in quotes; remove the quotes");
    }
    if (text.length() > MAX_NUMBER_CHARS) {
      throw error(
          value,
          "`"
              + key
              + "` must be a number such as "
              + example
              + ", but it is "
              + show(text)
              + " (far too long)");
    }
    return text;
  }

  private BigDecimal parse(String key, String text, String example) {
    try {
      return new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
    } catch (NumberFormatException | ArithmeticException e) {
      throw error(
          valueNode(key),
          "`" + key + "` must be a number such as " + example + ", but it is " + show(text));
    }
  }

  /** YAML's words for "no value" in a plain scalar (and the empty value). */
  static boolean isNullWord(String value) {
    return value.isEmpty()
        || value.equals("~")
        || value.equals("null")
        || value.equals("Null")
        || value.equals("NULL");
  }

  /** How a message names a node's kind: "a list", "a mapping", "the value 'x'". */
  static String describe(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping (`key: value` lines)";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    ScalarNode scalar = (ScalarNode) node;
    if (scalar.isPlain() && isNullWord(scalar.getValue())) {
      return "empty";
    }
    return "the value " + show(scalar.getValue());
  }

  /** A value quoted for a message: cut short, line breaks and control characters escaped. */
  static String show(String value) {
    return "'" + clip(value) + "'";
  }

  /** A value cut short, line breaks and control characters escaped, for a message. */
  static String clip(String value) {
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (int i = 0; i < value.length(); i++) {
      if (shown == MAX_SHOWN_CHARS) {
        out.append('…');
        break;
      }
      char c = value.charAt(i);
      if (c == '\n') {
        out.append("\\n");
      } else if (Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
      shown++;
    }
    return out.toString();
  }

  /** A bound without a needless ".0": 60 rather than 60.0, but 0.5 stays. */
  static String plain(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  static int line(Node node) {
    return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
  }

  private static RoutineException error(String file, String where, Node at, String problem) {
    String message = where.isEmpty() ? problem : where + ": " + problem;
    return at.getStartMark()
        .map(m -> new RoutineException(file, m.getLine() + 1, m.getColumn() + 1, message))
        .orElseGet(() -> new RoutineException(file, message, null));
  }
}
