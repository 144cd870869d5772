package org.posecoach.ui;

import java.util.Locale;
import java.util.Optional;

/**
 * Why JavaFX could not open a window, read from the failure of its start: no desktop session to
 * show it on, or a desktop whose GTK 3 library (which JavaFX draws windows with on Linux) is not
 * installed. The two need different fixes, so each says its own; either way the coach goes on in
 * the terminal.
 */
public enum WindowUnavailable {
  /** No X11 or Wayland session: a server, a container, an SSH login. */
  NO_DISPLAY,
  /** A display, but JavaFX's GTK glass library could not load (libgtk-3 missing). */
  NO_GTK;

  /** What JavaFX says when there is no display ({@code GtkApplication}). */
  private static final String NO_DISPLAY_MARK = "unable to open display";

  /** What JavaFX, or the system's loader, says when its GTK library does not load. */
  private static final String GTK_MARK = "gtk";

  /**
   * The reason behind {@code startFailure}, looking through its causes; empty when the failure is
   * something else (a bug to report, not a missing desktop).
   */
  public static Optional<WindowUnavailable> of(Throwable startFailure) {
    for (Throwable t = startFailure; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (t instanceof UnsupportedOperationException && message.contains(NO_DISPLAY_MARK)) {
        return Optional.of(NO_DISPLAY);
      }
      if ((t instanceof UnsupportedOperationException || t instanceof UnsatisfiedLinkError)
          && message.contains(GTK_MARK)) {
        return Optional.of(NO_GTK);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }

  /** One line for the user: what is missing, what to do, and that the terminal coach takes over. */
  public String line(Throwable startFailure) {
    return switch (this) {
      case NO_DISPLAY ->
          "No display to open a window on ("
              + startFailure.getMessage()
              + "): coaching in the"
              + " terminal instead.";
      case NO_GTK ->
          "The window needs the GTK 3 library, which did not load ("
              + startFailure.getMessage()
              + "); install it (Debian/Ubuntu: sudo apt install libgtk-3-0). Coaching in the"
              + " terminal instead.";
    };
  }
}
