package org.posecoach.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posecoach.source.Sources;
import org.posecoach.store.HistoryStore;
import org.posecoach.ui.start.SourceChoice;

/**
 * A fresh machine without a camera: the app starts on the demo clip, the routine becomes its
 * cat-camel step, Esc ends the session, and the demo stays out of the user's own history.
 */
class DemoPathTest {
  @Test
  void withoutACameraTheAppStartsOnTheDemoClip(@TempDir Path dir) throws Exception {
    try (AppHarness harness =
        AppHarness.open(
            dir,
            Path.of("routines"),
            Optional.empty(),
            Optional.empty(),
            (id, progress) ->
                new ScriptedEstimator(TestClips.quickPerformance(), TestClips.PAINTED_FPS, 20),
            Sources::open,
            folder -> {
              try {
                return TestClips.paintedQuick(); // stands in for the rendered demo clip
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })) {
      Fx.waitUntil(harness::showsStart, Fx.seconds(10), "the start screen");
      assertEquals(SourceChoice.DEMO.label(), Fx.call(() -> selectedSource(harness)));
      assertTrue(harness.text("#cameraNote").startsWith("No camera found"));
      assertEquals(
          "Morning low back",
          Fx.call(() -> ((ComboBox<?>) harness.scene().lookup("#routine")).getValue().toString()));
      assertEquals("1  Cat-camel — 6 reps", harness.text("#routineSteps"));

      harness.pressStart();
      harness.recordCoachView();
      assertEquals("Step 1 of 1", harness.text("#stepPosition"));
      harness.press(KeyCode.ESCAPE);
      Fx.waitUntil(harness::showsSummary, Fx.seconds(20), "the summary after Esc");
      assertTrue(harness.text("#summaryTitle").startsWith("Demo: Cat-camel"));
      assertTrue(harness.history.sessions().isEmpty(), "the user's history has no demo in it");
    }
    try (HistoryStore demo = HistoryStore.open(dir.resolve("demo-history.db"))) {
      assertEquals(1, demo.sessions().size(), "the demo went to its own history");
    }
  }

  /** The label of the video choice selected on the start screen. JavaFX thread. */
  private static String selectedSource(AppHarness harness) {
    return harness.scene().lookup("#sources").lookupAll(".radio-button").stream()
        .map(RadioButton.class::cast)
        .filter(RadioButton::isSelected)
        .map(RadioButton::getText)
        .findFirst()
        .orElse("none");
  }
}
