package org.posecoach.routine;

/**
 * A routine file that cannot be used. The message reads {@code file:line:column: what is wrong} and
 * is written for the person who edits the file, so it says how to fix it; it is meant to be shown
 * as it is. Line and column count from 1; both are 0 when the problem has no place in the file (the
 * file cannot be read at all).
 */
public class RoutineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;
  private final String problem;

  public RoutineException(String file, int line, int column, String problem) {
    super(format(file, line, column, problem));
    this.file = file;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  /** A problem with the file as a whole (it cannot be read). */
  public RoutineException(String file, String problem, Throwable cause) {
    super(format(file, 0, 0, problem), cause);
    this.file = file;
    this.line = 0;
    this.column = 0;
    this.problem = problem;
  }

  private static String format(String file, int line, int column, String problem) {
    return line > 0 ? file + ":" + line + ":" + column + ": " + problem : file + ": " + problem;
  }

  /** The file's name as given to the loader. */
  public String file() {
    return file;
  }

  /** 1-based line, or 0 when the problem has no place in the file. */
  public int line() {
    return line;
  }

  /** 1-based column, or 0 when the problem has no place in the file. */
  public int column() {
    return column;
  }

  /** What is wrong and how to fix it, without the location. */
  public String problem() {
    return problem;
  }
}
