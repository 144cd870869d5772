package org.posecoach.ui;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Starts the coach app from the command line: starts JavaFX, opens the window, and returns when it
 * is closed, once the session in progress (if any) is safely stopped.
 */
public final class Launcher {
  /**
   * No window can be opened: no desktop session, or no GTK library to draw it with ({@link
   * #reason()}). Its message is one line for the user. An {@link IllegalArgumentException}, like
   * other problems the user can fix, so that the command line prints it rather than a stack trace.
   */
  public static final class NoDisplayException extends IllegalArgumentException {

    private final transient WindowUnavailable reason;

    NoDisplayException(WindowUnavailable reason, Throwable cause) {
      super(reason.line(cause), cause);
      this.reason = reason;
    }

    public WindowUnavailable reason() {
      return reason;
    }
  }

  /** Starts the JavaFX toolkit; a test stands in a failing one. */
  @FunctionalInterface
  interface ToolkitStart {
    void start();
  }

  /**
   * JavaFX warns on every start that it was loaded from the class path rather than as modules,
   * which is how this app runs on purpose; the warning would only worry users. Held in a field:
   * java.util.logging forgets settings of loggers nobody references.
   */
  private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

  private Launcher() {}

  /**
   * Runs the app until its window is closed.
   *
   * @throws NoDisplayException when no window can be opened (no desktop session, no GTK)
   */
  public static void run(AppConfig config) throws InterruptedException {
    JAVAFX_LOG.setLevel(Level.SEVERE);
    startToolkit(() -> Platform.startup(() -> {}));
    Platform.setImplicitExit(false);
    CompletableFuture<Void> closed = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            CoachApp app = new CoachApp(new Stage(), config, AppServices.defaults());
            app.closed().whenComplete((v, e) -> closed.complete(null));
            app.show();
          } catch (RuntimeException e) {
            closed.completeExceptionally(e);
          }
        });
    try {
      closed.get();
    } catch (ExecutionException e) {
      Platform.exit();
      throw new IllegalStateException("the window could not be opened", e.getCause());
    }
    Platform.exit();
  }

  /**
   * Runs {@code start}; a failure that means no window can be opened becomes a {@link
   * NoDisplayException} saying why. Any other failure is a bug and goes on as it is.
   */
  static void startToolkit(ToolkitStart start) {
    try {
      start.start();
    } catch (RuntimeException | UnsatisfiedLinkError e) {
      Optional<WindowUnavailable> reason = WindowUnavailable.of(e);
      if (reason.isEmpty()) {
        throw e;
      }
      throw new NoDisplayException(reason.get(), e);
    }
  }

  /**
   * The routines folder when none is given: {@code routines} in the working folder, else the one
   * beside the build the app runs from (so the launcher works from any folder).
   */
  public static Path defaultRoutinesFolder() {
    Path here = Path.of("routines");
    if (Files.isDirectory(here)) {
      return here;
    }
    try {
      Path code =
          Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      // target/classes → the project folder
      for (Path p = code; p != null; p = p.getParent()) {
        if (Files.isDirectory(p.resolve("routines"))) {
          return p.resolve("routines");
        }
      }
    } catch (URISyntaxException | RuntimeException e) {
      // No code location to go by: fall through to the working folder's (missing) one, which
      // the start screen reports.
    }
    return here;
  }
}
