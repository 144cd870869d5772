package org.posecoach.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Where the history goes on each platform, and how a user moves it. */
class HistoryLocationTest {
  private static final String HOME = "/home/ana";
  private static final UnaryOperator<String> NO_PROPERTIES = key -> null;

  @Test
  void linuxUsesXdgDataHomeOrLocalShare() {
    assertEquals(
        Path.of("/data/pose-coach"),
        HistoryLocation.dataFolder(NO_PROPERTIES, Map.of("XDG_DATA_HOME", "/data"), "Linux", HOME));
    assertEquals(
        Path.of(HOME, ".local", "share", "pose-coach"),
        HistoryLocation.dataFolder(NO_PROPERTIES, Map.of(), "Linux", HOME));
  }

  @Test
  void aRelativeXdgDataHomeIsIgnoredAsTheSpecificationSays() {
    assertEquals(
        Path.of(HOME, ".local", "share", "pose-coach"),
        HistoryLocation.dataFolder(
            NO_PROPERTIES, Map.of("XDG_DATA_HOME", "relative"), "Linux", HOME));
  }

  @Test
  void macOsUsesApplicationSupport() {
    assertEquals(
        Path.of(HOME, "Library", "Application Support", "pose-coach"),
        HistoryLocation.dataFolder(NO_PROPERTIES, Map.of(), "Mac OS X", HOME));
  }

  @Test
  void windowsUsesAppData() {
    assertEquals(
        Path.of("C:/Users/ana/AppData/Roaming", "pose-coach"),
        HistoryLocation.dataFolder(
            NO_PROPERTIES, Map.of("APPDATA", "C:/Users/ana/AppData/Roaming"), "Windows 11", HOME));
  }

  @Test
  void theEnvironmentVariableOverridesThePlatformAndThePropertyOverridesBoth() {
    Map<String, String> env = Map.of(HistoryLocation.DATA_ENV, "/env", "XDG_DATA_HOME", "/xdg");
    assertEquals(Path.of("/env"), HistoryLocation.dataFolder(NO_PROPERTIES, env, "Linux", HOME));
    UnaryOperator<String> property =
        key -> key.equals(HistoryLocation.DATA_PROPERTY) ? "/prop" : null;
    assertEquals(Path.of("/prop"), HistoryLocation.dataFolder(property, env, "Linux", HOME));
  }
}
