package org.posecoach.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

/** A command line run with its output captured, and the checks every CLI test makes of it. */
record CliRun(int exit, String out, String err) {

  /** Runs {@code pose-coach ARGS…} in this JVM. */
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new CliRun(exit, out.toString(), err.toString());
  }

  /** The error output is one line, {@code error: …} containing {@code expected}, no stack trace. */
  void assertOneLineError(String expected) {
    String text = err.strip();
    assertTrue(text.startsWith("error: "), text);
    assertTrue(text.contains(expected), text);
    assertFalse(text.contains("\n"), "one line expected: " + text);
    assertFalse(text.contains("Exception"), "no stack trace for an expected failure: " + text);
  }
}
