package org.posecoach.routine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A routine error's message read back as its documented parts, {@code file:line:column: problem} or
 * {@code file: problem} (line and column 0) when the problem has no place in the file.
 */
record PlacedMessage(String file, int line, int column, String problem) {
  private static final Pattern PLACED =
      Pattern.compile("(.+?):(\\d+):(\\d+): (.*)", Pattern.DOTALL);
  private static final Pattern WHOLE_FILE = Pattern.compile("(.+?): (.*)", Pattern.DOTALL);

  static PlacedMessage of(RoutineException e) {
    String message = e.getMessage();
    Matcher m = PLACED.matcher(message);
    if (m.matches()) {
      return new PlacedMessage(
          m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(4));
    }
    m = WHOLE_FILE.matcher(message);
    if (m.matches()) {
      return new PlacedMessage(m.group(1), 0, 0, m.group(2));
    }
    throw new AssertionError("not a documented routine error message: " + message);
  }
}
