package org.posecoach.pose;

import java.util.function.Consumer;
import org.posecoach.models.ModelSpec;
import org.posecoach.models.ModelStore;
import org.posecoach.pose.blazepose.BlazePoseEstimator;
import org.posecoach.pose.movenet.MoveNetEstimator;

/**
 * Opens a {@link PoseEstimator} by model id, fetching and converting the model on first use.
 *
 * <pre>{@code
 * try (PoseEstimator estimator = PoseEstimators.open("blazepose-full", ModelStore.openDefault(),
 *     PoseEstimators.Options.DEFAULT, System.err::println)) {
 *   Optional<Pose> pose = estimator.estimate(bgr, 0);
 * }
 * }</pre>
 */
public final class PoseEstimators {
  /** The model used when none is named: rotation-aware and accurate on people lying down. */
  public static final String DEFAULT_MODEL = "blazepose-full";

  /** The catalog's name for a landmark model converted without its segmentation output. */
  static final String NO_SEGMENTATION = "no-segmentation";

  /**
   * Choices that do not depend on the model.
   *
   * @param segmentation give the person's mask from the first frame (BlazePose only; see {@link
   *     PoseEstimator#wantMasks})
   * @param rotationSearch let MoveNet try ±90° turns when acquiring a person (MoveNet only)
   * @param threads ONNX Runtime threads per inference; 0 for {@link OnnxModels#intraOpThreads()}
   */
  public record Options(boolean segmentation, boolean rotationSearch, int threads) {
    /** Throughput first (analysing a file, benchmarks): inference uses every core. */
    public static final Options DEFAULT = new Options(false, true, 0);

    /**
     * For a live coach on screen: inference leaves one core to capture, decoding and drawing, so
     * the window stays smooth when inference cannot keep up with the camera.
     */
    public static final Options INTERACTIVE =
        new Options(false, true, Math.max(1, OnnxModels.intraOpThreads() - 1));

    public Options withSegmentation(boolean value) {
      return new Options(value, rotationSearch, threads);
    }
  }

  private PoseEstimators() {}

  /**
   * @param progress receives a line per model download or conversion step
   * @throws org.posecoach.models.ModelException when the model id is unknown or cannot be had
   */
  public static PoseEstimator open(
      String modelId, ModelStore store, Options options, Consumer<String> progress) {
    ModelSpec spec = store.catalog().model(modelId);
    switch (spec.role()) {
      case SINGLEPOSE:
        return new MoveNetEstimator(
            store.ensure(spec.id(), progress),
            spec.inputSize(),
            options.rotationSearch(),
            options.threads());
      case LANDMARKS:
        String detector = spec.requires().get(0);
        // Without the mask, the graph without its segmentation head does the same in about two
        // thirds of the time (BENCHMARKS.md); the whole graph is loaded when masks are wanted.
        BlazePoseEstimator blazePose =
            new BlazePoseEstimator(
                store.ensure(detector, progress),
                store.ensure(spec.id(), NO_SEGMENTATION, progress),
                () -> store.ensure(spec.id(), progress),
                options.threads());
        blazePose.wantMasks(options.segmentation());
        return blazePose;
      default:
        throw new org.posecoach.models.ModelException(
            "'"
                + modelId
                + "' is a part of another model, not a pose model on its own. Choose one of: "
                + String.join(", ", store.catalog().estimatorIds()));
    }
  }
}
