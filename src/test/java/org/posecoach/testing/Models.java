package org.posecoach.testing;

import java.nio.file.Path;
import org.posecoach.models.ModelStore;
import org.posecoach.pose.PoseEstimator;
import org.posecoach.pose.PoseEstimators;

/** Models for tests: the user's cache, fetched on first use (as the app does). */
public final class Models {
  private static ModelStore store;

  private Models() {}

  public static synchronized ModelStore store() {
    if (store == null) {
      store = ModelStore.openDefault();
    }
    return store;
  }

  public static Path onnx(String id) {
    return store().ensure(id, line -> System.err.println("[models] " + line));
  }

  public static PoseEstimator open(String id) {
    return open(id, PoseEstimators.Options.DEFAULT);
  }

  public static PoseEstimator open(String id, PoseEstimators.Options options) {
    return PoseEstimators.open(
        id, store(), options, line -> System.err.println("[models] " + line));
  }
}
