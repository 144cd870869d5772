package org.posecoach.pose;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.posecoach.models.ModelException;

/**
 * Loads converted ONNX models into DJL's ONNX Runtime engine with the session settings that
 * measured fastest on a 2-core laptop (see BENCHMARKS.md).
 *
 * <pre>{@code
 * try (Model model = OnnxModels.load(path);
 *     Predictor<TensorInput, float[]> p = model.newPredictor(new MoveNetTranslator())) { … }
 * }</pre>
 */
public final class OnnxModels {
  static {
    // DJL must never reach for the network: our models are local files.
    System.setProperty("ai.djl.offline", "true");
  }

  /**
   * System property naming a folder: when set, sessions record an ONNX Runtime profile there
   * ({@code bench --profile}).
   */
  public static final String PROFILE_PROPERTY = "posecoach.ort.profile";

  private OnnxModels() {}

  /**
   * Threads ONNX Runtime uses inside one inference: {@code POSE_COACH_THREADS} if set, else every
   * core. One model runs at a time per stream, so inter-op parallelism stays off.
   */
  public static int intraOpThreads() {
    String env = System.getenv("POSE_COACH_THREADS");
    if (env != null && !env.isBlank()) {
      try {
        return Math.max(1, Integer.parseInt(env.strip()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "POSE_COACH_THREADS must be a number, got '" + env + "'");
      }
    }
    return Runtime.getRuntime().availableProcessors();
  }

  /** Opens {@code onnx}; the caller closes the model (which closes its session). */
  public static Model load(Path onnx) {
    return load(onnx, 0);
  }

  /** Opens {@code onnx} with {@code threads} intra-op threads (0: {@link #intraOpThreads()}). */
  public static Model load(Path onnx, int threads) {
    Model model = Model.newInstance(onnx.getFileName().toString(), "OnnxRuntime");
    // The session copies what it needs from its options when it is created.
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
      options.setIntraOpNumThreads(threads > 0 ? threads : intraOpThreads());
      options.setInterOpNumThreads(1);
      // Threads sleep as soon as a run ends. Spinning for the next run kept a core busy that the
      // decoder, the other model or the caller's own pre- and post-processing needed: on two cores
      // the pipeline ran 25 % faster without it, and the models themselves no slower
      // (BENCHMARKS.md, issue 13).
      options.addConfigEntry("session.intra_op.allow_spinning", "0");
      String profile = System.getProperty(PROFILE_PROPERTY);
      if (profile != null && !profile.isBlank()) {
        // ONNX Runtime writes <prefix>_<date>.json with every node's time when the session closes.
        options.enableProfiling(Path.of(profile).resolve(onnx.getFileName().toString()).toString());
      }
      model.load(onnx, null, Map.of("sessionOptions", options));
      return model;
    } catch (OrtException | MalformedModelException | IOException e) {
      model.close();
      throw new ModelException(
          "Cannot load "
              + onnx
              + ": "
              + e.getMessage()
              + ". The file may be damaged; run './pose-coach models fetch --force'.",
          e);
    }
  }
}
