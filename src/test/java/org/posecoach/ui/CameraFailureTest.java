package org.posecoach.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Button;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posecoach.source.CapturedFrame;
import org.posecoach.source.FramePool;
import org.posecoach.source.FrameSource;
import org.posecoach.source.SourceException;
import org.posecoach.source.SourceInfo;
import org.posecoach.source.Sources;
import org.posecoach.store.SessionDetail;
import org.posecoach.store.SessionStatus;

/**
 * A camera that stops mid-session (unplugged): the coach view says so plainly, the reps counted
 * before it are in the history, and the summary is one key away.
 */
class CameraFailureTest {
  /** Long enough into the clip for two of its quick reps to be counted. */
  private static final int FRAMES_BEFORE_FAILURE = 180;

  /** A camera stand-in that breaks after a number of frames, as an unplugged one does. */
  private static final class BreakingCamera implements FrameSource {
    private final FrameSource inner;
    private int delivered;

    BreakingCamera(FrameSource inner) {
      this.inner = inner;
    }

    @Override
    public SourceInfo info() {
      return inner.info();
    }

    @Override
    public CapturedFrame next(FramePool pool) {
      if (delivered == FRAMES_BEFORE_FAILURE) {
        throw new SourceException(
            "camera /dev/video0 stopped delivering frames after "
                + delivered
                + " frames (unplugged?).");
      }
      delivered++;
      return inner.next(pool);
    }

    @Override
    public void close() {
      inner.close();
    }
  }

  @Test
  void aCameraThatStopsShowsAClearMessageKeepsTheRepsAndLeadsToTheSummary(@TempDir Path dir)
      throws Exception {
    Path clip = TestClips.paintedQuick();
    try (AppHarness harness =
        AppHarness.open(
            dir,
            clip,
            CoachAppTest.ROUTINE,
            (id, progress) ->
                new ScriptedEstimator(TestClips.quickPerformance(), TestClips.PAINTED_FPS, 20),
            (spec, options) -> new BreakingCamera(Sources.open(spec, options)))) {
      harness.pressStart();
      harness.recordCoachView();
      Fx.waitUntil(
          () -> harness.showing(".problem"), Fx.seconds(30), "the message about the camera");
      String message = harness.text("#problem");
      assertTrue(message.contains("unplugged"), message);
      assertTrue(message.contains("saved"), message);

      SessionDetail kept = harness.recorded().orElseThrow();
      assertEquals(SessionStatus.ABORTED, kept.session().status());
      int reps = kept.steps().stream().mapToInt(s -> s.reps().size()).sum();
      assertTrue(reps >= 1, "reps before the failure are kept: " + reps);
      assertEquals(
          Integer.toString(kept.steps().get(kept.steps().size() - 1).reps().size()),
          harness.text("#repCounter"),
          "the counter shows what was kept");

      Fx.run(() -> ((Button) harness.scene().lookup(".problem .button")).fire());
      Fx.waitUntil(harness::showsSummary, Fx.seconds(20), "the summary");
      String note = harness.text("#endNote");
      assertTrue(note.startsWith("Lost the video"), note);
    }
  }
}
