package org.posecoach.cli;

import java.io.PrintWriter;
import java.util.Iterator;
import org.posecoach.models.ModelCatalog;
import org.posecoach.models.ModelStore;
import org.posecoach.pose.PoseEstimator;
import org.posecoach.pose.PoseEstimators;
import picocli.CommandLine.Option;

/**
 * {@code --model ID}: the pose model a command runs, shared by the commands that run one
 * ({@code @Mixin ModelOption model;}) so that the option reads and defaults the same everywhere.
 */
final class ModelOption {
  @Option(
      names = "--model",
      paramLabel = "ID",
      completionCandidates = EstimatorIds.class,
      description = "Pose model: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  String id = PoseEstimators.DEFAULT_MODEL;

  /** The chosen model's estimator; see {@link #openEstimator(String, PrintWriter)}. */
  PoseEstimator openEstimator(PrintWriter progress) {
    return openEstimator(id, progress);
  }

  /**
   * Model {@code id}'s estimator, with the default options, from the user's model cache; a model
   * not in it yet is fetched and converted first, a line per step printed to {@code progress}.
   */
  static PoseEstimator openEstimator(String id, PrintWriter progress) {
    return PoseEstimators.open(
        id, ModelStore.openDefault(), PoseEstimators.Options.DEFAULT, progress::println);
  }

  /** The bundled catalog's pose models, read when help is shown, so the list never goes stale. */
  static final class EstimatorIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return ModelCatalog.bundled().estimatorIds().iterator();
    }
  }
}
