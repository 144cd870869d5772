package org.posecoach.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posecoach.render.DemoClip;
import org.posecoach.source.Sources;
import org.posecoach.store.HistoryStore;
import org.posecoach.store.SessionDetail;
import org.posecoach.store.SessionStatus;
import org.posecoach.store.StepStatus;

/**
 * Space on a played file (a video, or the demo clip) holds the video where it is: nothing of the
 * clip goes by while the coach view says "Paused", and after Space again every repetition in the
 * clip is still counted: the demo ends complete with its six reps, not ended early.
 */
class PauseTest {
  /** One step asking for exactly the four quick cat-camels of the clip. */
  private static final String ROUTINE =
      """
      name: Pause test
      steps:
        - exercise: cat_camel
          title: Cat-camel
          reps: 4
          min_rep_seconds: 3
          rest_after_seconds: 0
      """;

  /** The demo clip's frame rate, at which the stand-in model finds its poses. */
  private static final double DEMO_FPS = 30;

  /** Longer than a quick cat-camel: had the clip played on, a repetition would go uncounted. */
  private static final long PAUSE_MILLIS = 3000;

  @Test
  void spaceHoldsAPlayedFileWhereItIsAndNoRepetitionIsLost(@TempDir Path dir) throws Exception {
    try (AppHarness harness =
        AppHarness.open(
            dir,
            TestClips.paintedQuick(),
            ROUTINE,
            (id, progress) ->
                new ScriptedEstimator(TestClips.quickPerformance(), TestClips.PAINTED_FPS, 20))) {
      harness.pressStart();
      harness.recordCoachView();
      Fx.waitUntil(
          () -> !((Label) harness.scene().lookup("#repCounter")).getText().equals("0"),
          Fx.seconds(30),
          "the first repetition");

      harness.press(KeyCode.SPACE);
      Fx.waitUntil(() -> pausedCardShowing(harness), Fx.seconds(5), "the Paused card");
      Thread.sleep(300); // a frame being read as Space came in is still delivered
      long deliveredAtPause = harness.framesDelivered();
      String countAtPause = harness.text("#repCounter");
      Thread.sleep(PAUSE_MILLIS);
      assertEquals(deliveredAtPause, harness.framesDelivered(), "the clip went on while paused");
      assertEquals(countAtPause, harness.text("#repCounter"));

      harness.press(KeyCode.SPACE);
      Fx.waitUntil(() -> !pausedCardShowing(harness), Fx.seconds(5), "the Paused card gone");
      Fx.waitUntil(harness::coachSaysSessionOver, Fx.seconds(60), "the end of the session");
      assertEquals("Well done — routine complete!", harness.text("#banner"));
      SessionDetail recorded = harness.recorded().orElseThrow();
      assertEquals(4, recorded.steps().get(0).reps().size(), "every repetition of the clip");
    }
  }

  @Test
  void pausingTheDemoClipHoldsItAndTheDemoStillEndsWithAllItsReps(@TempDir Path dir)
      throws Exception {
    try (AppHarness harness =
        AppHarness.open(
            dir,
            Path.of("routines"),
            Optional.empty(),
            Optional.of(AppConfig.DEMO_SOURCE),
            (id, progress) -> new ScriptedEstimator(DemoClip.frames(true), DEMO_FPS, 20),
            Sources::open,
            DemoClip::ensure)) {
      Fx.waitUntil(harness::showsStart, Fx.seconds(10), "the start screen");
      harness.pressStart();
      harness.recordCoachView();
      Fx.waitUntil(
          () ->
              harness.showsCoach()
                  && !((Label) harness.scene().lookup("#repCounter")).getText().equals("0"),
          Fx.seconds(60),
          "the first repetition of the demo");

      harness.press(KeyCode.SPACE);
      Fx.waitUntil(() -> pausedCardShowing(harness), Fx.seconds(5), "the Paused card");
      Thread.sleep(300);
      long deliveredAtPause = harness.framesDelivered();
      Thread.sleep(PAUSE_MILLIS);
      assertEquals(deliveredAtPause, harness.framesDelivered(), "the demo went on while paused");

      harness.press(KeyCode.SPACE);
      Fx.waitUntil(harness::coachSaysSessionOver, Fx.seconds(90), "the end of the demo");
      assertEquals("Well done — routine complete!", harness.text("#banner"));
    }
    try (HistoryStore demo = HistoryStore.open(dir.resolve("demo-history.db"))) {
      SessionDetail recorded = demo.session(demo.sessions().get(0).id()).orElseThrow();
      assertEquals(DemoClip.REPS, recorded.steps().get(0).reps().size(), "all the demo's reps");
      assertEquals(
          StepStatus.COMPLETED, recorded.steps().get(0).step().status(), "not ended early");
      assertEquals(SessionStatus.COMPLETED, recorded.session().status());
    }
  }

  /** Whether the coach view shows its "Paused" card. JavaFX thread. */
  private static boolean pausedCardShowing(AppHarness harness) {
    return harness.scene().getRoot().lookupAll(".card-title").stream()
        .anyMatch(
            n -> n instanceof Label l && l.getText().equals("Paused") && l.getParent().isVisible());
  }
}
