package org.posecoach.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.pose.KeypointLayout;
import org.posecoach.render.DemoClip;
import org.posecoach.synthetic.CameraSetup;
import org.posecoach.synthetic.NoiseSettings;
import org.posecoach.synthetic.Performance;
import org.posecoach.synthetic.SyntheticStream;

/**
 * The cat-camel clip the UI tests play: the project's shared rendered clip of five quick cat-camels
 * when the workspace has it, else one painted the way the demo clip is (same figure, same
 * renderer), with quick reps so that the "Slow down" cue comes up.
 */
public final class TestClips {
  /** Shared fixture: 5 cat-camels at 2 s a cycle, 10.5 s at 30 fps. */
  private static final Path SHARED =
      Path.of("..", "shared", "data", "rendered", "cat_camel_fast_5reps.mp4");

  private static final long SEED = 7;

  /** Painted clips are kept here between runs: painting one takes seconds. */
  private static final Path CACHE = Path.of("target", "ui-test-clips");

  public static final double PAINTED_FPS = 30;

  private TestClips() {}

  /**
   * Four quick cat-camels (about 14 s), as a performance whose true poses a {@link
   * ScriptedEstimator} can play back.
   */
  public static SyntheticStream quickPerformance() {
    return Performance.builder(ExerciseId.CAT_CAMEL, 11)
        .layout(KeypointLayout.BLAZEPOSE_33)
        .camera(CameraSetup.side(false))
        .fps(PAINTED_FPS)
        .noise(NoiseSettings.NONE)
        .reps(4)
        .fast(true)
        .build()
        .generate();
  }

  /** {@link #quickPerformance()} painted into a 30-fps clip (once; kept under target/). */
  public static synchronized Path paintedQuick() throws java.io.IOException {
    Path clip = CACHE.resolve("painted-quick-cat-camels.mp4");
    if (!Files.isRegularFile(clip)) {
      Files.createDirectories(CACHE);
      Path temp = CACHE.resolve("painting.mp4");
      DemoClip.render(quickPerformance().frames(), temp);
      Files.move(temp, clip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return clip.toAbsolutePath();
  }

  /** A 30-fps clip of quick cat-camels: the shared one, or one painted into {@code dir}. */
  static Path quickCatCamels(Path dir) {
    if (Files.isRegularFile(SHARED)) {
      return SHARED.toAbsolutePath().normalize();
    }
    Path clip = dir.resolve("quick-cat-camels.mp4");
    if (!Files.isRegularFile(clip)) {
      DemoClip.render(
          Performance.builder(ExerciseId.CAT_CAMEL, SEED)
              .layout(KeypointLayout.BLAZEPOSE_33)
              .camera(CameraSetup.side(false))
              .fps(30)
              .noise(NoiseSettings.NONE)
              .reps(5)
              .fast(true)
              .getIn(true)
              .build()
              .generate()
              .frames(),
          clip);
    }
    return clip;
  }
}
