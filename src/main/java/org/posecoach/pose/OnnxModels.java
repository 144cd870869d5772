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
 * try (Model model = OnnxModels.load(path, OnnxModels.Use.EVERY_FRAME);
 *     Predictor<TensorInput, float[]> p = model.newPredictor(new MoveNetTranslator())) { … }
 * }</pre>
 */
public final class OnnxModels {
  static {
    // DJL must never reach for the network: our models are local files.
    System.setProperty("ai.djl.offline", "true");
  }

  /**
   * Threads of the one pool that sessions at the default thread count share (0: none shared). DJL
   * makes ONNX Runtime's environment, with a global intra-op pool of this size, from the properties
   * set here when its engine starts. Shared, the detector that runs right after the landmark model
   * finds that model's threads spinning for work instead of competing with them for the same cores
   * (BENCHMARKS.md).
   */
  private static final int SHARED_POOL_THREADS = sharedPoolThreads();

  /**
   * How often a model runs, which decides whether its threads may spin between runs when it has a
   * pool of its own (the shared pool spins).
   */
  public enum Use {
    /** Runs on every frame: its threads spin-wait for the next run (saves wake-up latency). */
    EVERY_FRAME,
    /**
     * Runs now and then (BlazePose's detector): its threads sleep at once after a run, so they do
     * not spin against the model that runs next on the same cores.
     */
    OCCASIONALLY
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

  private static int sharedPoolThreads() {
    int threads;
    try {
      threads = intraOpThreads();
    } catch (IllegalArgumentException e) {
      return 0; // a bad POSE_COACH_THREADS is reported where the threads are asked for
    }
    System.setProperty("ai.djl.onnxruntime.num_threads", Integer.toString(threads));
    System.setProperty("ai.djl.onnxruntime.num_interop_threads", "1");
    return threads;
  }

  /** Whether sessions at the default thread count share one thread pool (see BENCHMARKS.md). */
  public static boolean sharedPool() {
    return SHARED_POOL_THREADS > 0;
  }

  /** Opens {@code onnx}; the caller closes the model (which closes its session). */
  public static Model load(Path onnx, Use use) {
    return load(onnx, use, 0);
  }

  /** Opens {@code onnx} with {@code threads} intra-op threads (0: {@link #intraOpThreads()}). */
  public static Model load(Path onnx, Use use, int threads) {
    Model model = Model.newInstance(onnx.getFileName().toString(), "OnnxRuntime");
    // The session copies what it needs from its options when it is created.
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
      int wanted = threads > 0 ? threads : intraOpThreads();
      if (wanted == SHARED_POOL_THREADS) {
        options.disablePerSessionThreads();
      } else {
        options.setIntraOpNumThreads(wanted);
        options.setInterOpNumThreads(1);
        options.addConfigEntry(
            "session.intra_op.allow_spinning", use == Use.EVERY_FRAME ? "1" : "0");
      }
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
