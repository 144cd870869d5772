package org.posecoach.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.posecoach.pose.PoseEstimators;

/**
 * What the app starts with: the command line's choices, which the start screen pre-selects.
 *
 * @param routinesFolder where routine files are listed from
 * @param routine a routine id, name or file to pre-select
 * @param source {@code camera}, {@code camera:N}, {@code /dev/videoN}, a video file or image
 *     folder, or {@code demo}; empty: a camera when one is found, else the demo clip
 * @param model the pose model id
 * @param mirror show the camera as a mirror
 * @param sound tones on reps and holds
 */
public record AppConfig(
    Path routinesFolder,
    Optional<String> routine,
    Optional<String> source,
    String model,
    boolean mirror,
    boolean sound) {
  /** The source word that picks the demo clip. */
  public static final String DEMO_SOURCE = "demo";

  public AppConfig {
    Objects.requireNonNull(routinesFolder, "routinesFolder");
    Objects.requireNonNull(routine, "routine");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(model, "model");
  }

  /** Routines from {@code folder}, everything else left to the start screen. */
  public static AppConfig defaults(Path folder) {
    return new AppConfig(
        folder, Optional.empty(), Optional.empty(), PoseEstimators.DEFAULT_MODEL, false, true);
  }
}
