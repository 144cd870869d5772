package org.posecoach.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Where the history lives when no path is given: {@code history.db} in Pose Coach's data folder.
 *
 * <p>The folder is, first match wins: the system property {@value #DATA_PROPERTY}; the environment
 * variable {@value #DATA_ENV}; else the platform's folder for application data: {@code
 * $XDG_DATA_HOME/pose-coach} or {@code ~/.local/share/pose-coach} on Linux, {@code ~/Library/
 * Application Support/pose-coach} on macOS, {@code %APPDATA%\pose-coach} on Windows.
 */
public final class HistoryLocation {
  /** System property naming the data folder ({@code -Dposecoach.data=/some/folder}). */
  public static final String DATA_PROPERTY = "posecoach.data";

  /** Environment variable naming the data folder. */
  public static final String DATA_ENV = "POSE_COACH_DATA";

  /** The database's file name inside the data folder. */
  public static final String FILE_NAME = "history.db";

  private static final String APP_FOLDER = "pose-coach";

  private HistoryLocation() {}

  /** The history database for this user and machine. */
  public static Path defaultDatabase() {
    return dataFolder(
            System::getProperty,
            System.getenv(),
            System.getProperty("os.name", ""),
            System.getProperty("user.home"))
        .resolve(FILE_NAME);
  }

  /** The data folder given the process's properties, environment, OS name and home folder. */
  static Path dataFolder(
      UnaryOperator<String> properties, Map<String, String> env, String osName, String home) {
    String property = properties.apply(DATA_PROPERTY);
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    String explicit = env.get(DATA_ENV);
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.contains("win")) {
      String appData = env.get("APPDATA");
      return appData != null && !appData.isBlank()
          ? Path.of(appData, APP_FOLDER)
          : Path.of(home, "AppData", "Roaming", APP_FOLDER);
    }
    if (os.contains("mac")) {
      return Path.of(home, "Library", "Application Support", APP_FOLDER);
    }
    // The XDG base directory specification ignores relative paths.
    String xdg = env.get("XDG_DATA_HOME");
    return xdg != null && Path.of(xdg).isAbsolute()
        ? Path.of(xdg, APP_FOLDER)
        : Path.of(home, ".local", "share", APP_FOLDER);
  }
}
