package org.posecoach.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.util.Locale;
import org.posecoach.ui.live.SessionControls;

/**
 * The terminal coach's keys, read a line at a time (a terminal hands over what is typed on Enter):
 * {@code s} skip, {@code p} pause or go on, {@code r} repeat the step, {@code q} end the session.
 * Reads on its own daemon thread until the input ends, so a closed input just lets the session run.
 */
final class TerminalKeys {
  /** Printed once at the start, and again after a key it does not know. */
  static final String HELP =
      "Keys (then Enter): s skip step · p pause/go on · r repeat step · q end";

  private final BufferedReader input;
  private final SessionControls controls;
  private final PrintWriter out;

  TerminalKeys(Reader input, SessionControls controls, PrintWriter out) {
    this.input = new BufferedReader(input);
    this.controls = controls;
    this.out = out;
  }

  /** Starts reading; the thread ends with the input (or with the program: it is a daemon). */
  Thread start() {
    Thread reader = new Thread(this::readUntilEnd, "terminal-keys");
    reader.setDaemon(true);
    reader.start();
    return reader;
  }

  private void readUntilEnd() {
    try {
      for (String line; (line = input.readLine()) != null; ) {
        apply(line.strip().toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      // The terminal went away: nothing more will be typed, and the session runs on as with a
      // closed input.
    }
  }

  private void apply(String key) {
    switch (key) {
      case "" -> {}
      case "s" -> controls.skip();
      case "p" -> controls.togglePause();
      case "r" -> controls.repeat();
      case "q" -> controls.endSession();
      default -> {
        synchronized (out) {
          out.println(HELP);
          out.flush();
        }
      }
    }
  }
}
