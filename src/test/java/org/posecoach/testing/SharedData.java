package org.posecoach.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's shared fixtures in {@code ../shared/data} (beside the repository). Users outside
 * the project do not have them, so tests that need them skip with a message saying so.
 */
public final class SharedData {
  private static final Path ROOT = Path.of("..", "shared", "data");

  private SharedData() {}

  /** {@code ../shared/data/<relative>}, or a skipped test when it is absent. */
  public static Path require(String relative) {
    Path path = ROOT.resolve(relative);
    assumeTrue(
        Files.exists(path),
        "skipped: shared fixture "
            + path.toAbsolutePath().normalize()
            + " is absent (it lives beside the repository in the project's workspace and CI)");
    return path;
  }
}
