package org.posecoach.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posecoach.store.SessionDetail;
import org.posecoach.store.StepDetail;
import org.posecoach.synthetic.SyntheticStream;

/**
 * The coach view's frame rate on a 30-fps video played at its own pace: a clip painted from a
 * synthetic performance, with the performer's true poses handed back after a model's usual delay by
 * {@link ScriptedEstimator} (which sleeps rather than computes). This measures what the screen
 * itself can do, apart from how much CPU the pose model leaves it on the test machine, as the view
 * reports it in its corner: the frames it drew in the last second.
 */
class CoachFrameRateTest {
  /** A model's time per frame on a laptop CPU (BlazePose full: 15–40 ms). */
  private static final long MODEL_MILLIS = 30;

  private static final double FPS = 30;

  /**
   * The corner's rate counts the frames drawn in its last second, shown in whole frames per second:
   * averaged over a steady run of several seconds it is within half a frame per second of the rate
   * drawn (a second's count is off by one where its ends fall within frame intervals).
   */
  private static final double COUNTING_TOLERANCE_FPS = 0.5;

  @Test
  void theCoachViewDrawsEveryFrameAndShowsTheEnginesCountAtEveryStep(@TempDir Path dir)
      throws Exception {
    SyntheticStream performance = TestClips.quickPerformance();
    Path clip = TestClips.paintedQuick();
    try (AppHarness harness =
        AppHarness.open(
            dir,
            clip,
            CoachAppTest.ROUTINE,
            (id, progress) -> new ScriptedEstimator(performance, FPS, MODEL_MILLIS))) {
      harness.pressStart();
      harness.recordCoachView();
      Fx.waitUntil(harness::coachSaysSessionOver, Fx.seconds(60), "the end of the session");
      AppHarness.FrameRate rate = harness.frameRate(1000);
      System.out.printf(
          "video shown at %.2f fps over %.1f s, %d frames delivered (%.2f fps)%n",
          rate.fps(), rate.seconds(), rate.delivered(), rate.deliveredFps());
      List<Long> cost = new ArrayList<>(harness.loopCost);
      Collections.sort(cost);
      System.out.printf(
          "coach loop per pulse: median %.2f ms, 90th percentile %.2f ms%n",
          cost.get(cost.size() / 2) / 1e6, cost.get(cost.size() * 9 / 10) / 1e6);
      assertTrue(rate.seconds() > 5, "measured over " + rate.seconds() + " s only");
      assertTrue(
          rate.fps() >= FPS - COUNTING_TOLERANCE_FPS,
          String.format(
              "video shown at %.2f fps while delivered at %.2f fps",
              rate.fps(), rate.deliveredFps()));

      SessionDetail recorded = harness.recorded().orElseThrow();
      assertEquals(2, recorded.steps().size(), "both steps were started");
      for (StepDetail step : recorded.steps()) {
        List<String> counts = harness.countsShownIn("Step " + step.step().position() + " of 2");
        assertFalse(counts.isEmpty(), "step " + step.step().position() + " never shown");
        assertEquals(
            Integer.toString(step.reps().size()),
            counts.get(counts.size() - 1),
            "the last count shown in step " + step.step().position());
      }
      assertEquals(3, recorded.steps().get(0).reps().size(), "the first step met its target");
    }
  }
}
