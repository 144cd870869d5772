package org.posecoach.motion;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.posecoach.pose.PoseEstimator;

/**
 * Where the tests on real images get a pose estimator: the class named by the system property
 * {@value #PROPERTY}, a {@code Supplier<PoseEstimator>} with a no-argument constructor, supplied by
 * the pose stage once its model is in. Tests needing one skip (with that message) without it.
 */
final class RealPoseEstimators {

  /** System property naming a {@code Supplier<PoseEstimator>} class. */
  static final String PROPERTY = "posecoach.test.estimator";

  /** The shared test data, relative to the project root (see ../shared/data/README.md). */
  static final Path DATA = Path.of("..", "shared", "data");

  private RealPoseEstimators() {}

  static String skipMessage() {
    return "needs the real pose model: set -D" + PROPERTY + "=<Supplier<PoseEstimator> class>";
  }

  /** An estimator from the configured supplier, if one is configured. */
  @SuppressWarnings("unchecked")
  static Optional<PoseEstimator> open() {
    String name = System.getProperty(PROPERTY, "").trim();
    if (name.isEmpty()) {
      return Optional.empty();
    }
    try {
      Supplier<PoseEstimator> supplier =
          (Supplier<PoseEstimator>) Class.forName(name).getDeclaredConstructor().newInstance();
      return Optional.of(supplier.get());
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException(
          PROPERTY + "=" + name + " is not a Supplier<PoseEstimator>", e);
    }
  }

  static boolean dataPresent(Path relative) {
    return Files.exists(DATA.resolve(relative));
  }
}
