package org.posecoach.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Button;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posecoach.session.InterruptionNotice;
import org.posecoach.session.InterruptionNoticeTest;
import org.posecoach.source.Sources;

/**
 * A session cut short by a crash before the app started: the start screen says so in a banner, "See
 * it" opens that session's summary, and it is not announced again.
 */
class InterruptedSessionBannerTest {
  @Test
  void theStartScreenAnnouncesAnInterruptedSessionOnceAndOpensIt(@TempDir Path dir)
      throws Exception {
    InterruptionNoticeTest.leaveInterrupted(dir.resolve("history.db"), 8);
    try (AppHarness harness =
        AppHarness.open(
            dir,
            Path.of("routines"),
            Optional.empty(),
            Optional.of("demo"),
            (id, progress) ->
                new ScriptedEstimator(TestClips.quickPerformance(), TestClips.PAINTED_FPS, 20),
            Sources::open,
            folder -> {
              try {
                return TestClips.paintedQuick();
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            })) {
      Fx.waitUntil(
          () -> harness.scene().lookup("#interruption").getParent().isVisible(),
          Fx.seconds(10),
          "the banner");
      String banner = harness.text("#interruption");
      assertTrue(
          banner.startsWith("Your session of Tuesday 24 November")
              && banner.contains("was interrupted after 8 reps; it is saved."),
          banner);
      Fx.screenshot(harness.scene(), CoachAppTest.SHOTS.resolve("start-interrupted.png"));
      Fx.run(() -> ((Button) harness.scene().lookup("#seeInterrupted")).fire());
      Fx.waitUntil(harness::showsSummary, Fx.seconds(10), "the interrupted session's summary");
      assertEquals("Morning low back — ended early", harness.text("#summaryTitle"));
      assertEquals(
          Optional.empty(), InterruptionNotice.take(harness.history), "announced only once");
    }
  }
}
