package org.posecoach.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.bytedeco.ffmpeg.global.avutil;
import org.posecoach.models.ModelStore;
import org.posecoach.pose.PoseEstimator;
import org.posecoach.pose.PoseEstimators;
import org.posecoach.render.DemoClip;
import org.posecoach.source.CameraSource;
import org.posecoach.source.FrameSource;
import org.posecoach.source.SourceOptions;
import org.posecoach.source.Sources;
import org.posecoach.store.HistoryStore;
import org.posecoach.ui.coach.Chime;
import org.posecoach.ui.coach.Tone;

/**
 * What the app reaches outside itself for: cameras, sources, models, the history, the demo clip and
 * sound. {@link #defaults()} are the real ones; tests swap some for stand-ins.
 *
 * @param cameras the camera devices found, without opening them
 * @param camerasListable whether this system can list cameras without opening them (Linux)
 * @param sources opens a source from a spec
 * @param estimators opens a pose model, reporting download and conversion steps
 * @param history opens the user's history
 * @param demoHistory opens the history demo sessions go to, so they stay out of the user's own
 * @param demoFolder where the demo clip is kept
 * @param demoClip renders the demo clip into a folder once, and returns its file
 * @param chime the sound maker
 */
public record AppServices(
    Supplier<List<String>> cameras,
    boolean camerasListable,
    SourceOpener sources,
    EstimatorOpener estimators,
    Supplier<HistoryStore> history,
    Supplier<HistoryStore> demoHistory,
    Path demoFolder,
    Function<Path, Path> demoClip,
    Supplier<Chime> chime) {

  /** Opens a video source. */
  @FunctionalInterface
  public interface SourceOpener {
    FrameSource open(String spec, SourceOptions options);
  }

  /** Opens a pose model by id. */
  @FunctionalInterface
  public interface EstimatorOpener {
    PoseEstimator open(String modelId, Consumer<String> progress);
  }

  /** The demo sessions' history file, inside the demo folder. */
  public static final String DEMO_HISTORY_FILE = "demo-history.db";

  /** The real cameras, models (user cache), history (user data folder) and sound. */
  public static AppServices defaults() {
    Path demo = ModelStore.defaultRoot().resolve("sample");
    boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    return new AppServices(
        CameraSource::available,
        linux,
        Sources::open,
        (id, progress) ->
            PoseEstimators.open(
                id, ModelStore.openDefault(), PoseEstimators.Options.INTERACTIVE, progress),
        HistoryStore::openDefault,
        () -> HistoryStore.open(demo.resolve(DEMO_HISTORY_FILE)),
        demo,
        AppServices::renderDemoClip,
        Tone::new);
  }

  /**
   * The demo clip, rendered quietly: the encoder's own log lines mean nothing to a user, and a
   * failure comes back as an exception with its message.
   */
  private static Path renderDemoClip(Path folder) {
    avutil.av_log_set_level(avutil.AV_LOG_FATAL);
    return DemoClip.ensure(folder);
  }
}
