package org.posecoach.motion;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.posecoach.pose.PoseEstimator;
import org.posecoach.pose.PoseEstimators;
import org.posecoach.testing.Models;

/**
 * Where the tests on real images get their pose estimator: the app's default model (fetched on
 * first use, like the app does), and where the shared test data lives.
 */
final class RealPoseEstimators {

  /** The shared test data, relative to the project root (see ../shared/data/README.md). */
  static final Path DATA = Path.of("..", "shared", "data");

  private RealPoseEstimators() {}

  static String skipMessage() {
    return "needs the pose model";
  }

  /** The default estimator ({@value PoseEstimators#DEFAULT_MODEL}); the caller closes it. */
  static Optional<PoseEstimator> open() {
    return Optional.of(Models.open(PoseEstimators.DEFAULT_MODEL));
  }

  static boolean dataPresent(Path relative) {
    return Files.exists(DATA.resolve(relative));
  }
}
