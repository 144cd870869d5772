package org.posecoach.routine;

/**
 * A routine file that cannot be used. The message reads {@code file:line:column: what is wrong} and
 * is written for the person who edits the file, so it says how to fix it; it is meant to be shown
 * as it is. Line and column count from 1; a problem with no place in the file (it cannot be read at
 * all) reads {@code file: what is wrong}.
 */
public class RoutineException extends RuntimeException {

  public RoutineException(String file, int line, int column, String problem) {
    super(format(file, line, column, problem));
  }

  /** A problem with the file as a whole (it cannot be read). */
  public RoutineException(String file, String problem, Throwable cause) {
    super(format(file, 0, 0, problem), cause);
  }

  private static String format(String file, int line, int column, String problem) {
    return line > 0 ? file + ":" + line + ":" + column + ": " + problem : file + ": " + problem;
  }
}
