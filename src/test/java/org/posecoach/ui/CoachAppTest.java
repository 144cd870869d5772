package org.posecoach.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.posecoach.store.SessionDetail;
import org.posecoach.store.StepDetail;

/**
 * The app end to end, headless, with the real pose model: start screen → coach view on a 30-fps
 * clip of quick cat-camels played at its own pace like a camera → summary. What every rendered
 * frame showed is recorded; screenshots of the three screens go to {@code target/screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoachAppTest {
  static final Path SHOTS = Path.of("target", "screenshots");

  /** Two steps over the clip's five reps: three, a one-second rest, then two more. */
  static final String ROUTINE =
      """
      name: UI test
      steps:
        - exercise: cat_camel
          title: Cat-camel
          reps: 3
          min_rep_seconds: 3
          rest_after_seconds: 1
        - exercise: cat_camel
          title: Cat-camel again
          reps: 2
          min_rep_seconds: 3
          rest_after_seconds: 0
      """;

  private AppHarness harness;
  private String cameraNote;
  private String finalCounter;
  private SessionDetail recorded;

  @BeforeAll
  void runTheJourney(@TempDir Path dir) throws Exception {
    long t0 = System.nanoTime();
    Path clip = TestClips.quickCatCamels(dir);
    harness = AppHarness.open(dir, clip, ROUTINE, AppHarness.realModel());

    // Start screen: the preview plays the clip under the framing guide.
    Fx.waitUntil(
        () -> harness.showsStart() && harness.framesDelivered() > 0, Fx.seconds(30), "the preview");
    cameraNote = harness.text("#cameraNote");
    Thread.sleep(300);
    Fx.screenshot(harness.scene(), SHOTS.resolve("start.png"));
    harness.pressStart();

    // Coach view: screenshot once two reps are counted and a cue is up.
    harness.recordCoachView();
    Fx.waitUntil(this::worthAScreenshot, Fx.seconds(30), "two counted reps and a cue");
    Fx.screenshot(harness.scene(), SHOTS.resolve("coach.png"));
    Fx.waitUntil(harness::coachSaysSessionOver, Fx.seconds(40), "the end of the session");
    finalCounter = harness.text("#repCounter");
    harness.press(KeyCode.ENTER); // on to the summary

    // Summary.
    Fx.waitUntil(harness::showsSummary, Fx.seconds(20), "the summary");
    Thread.sleep(300); // the charts lay out on the next pulse
    Fx.screenshot(harness.scene(), SHOTS.resolve("summary.png"));
    recorded = harness.recorded().orElseThrow();
    AppHarness.FrameRate rate = harness.frameRate(100);
    System.out.printf(
        "journey %.1f s; real model: video %.1f fps shown over %.1f s (%.1f fps delivered)%n",
        (System.nanoTime() - t0) / 1e9, rate.fps(), rate.seconds(), rate.deliveredFps());
  }

  @AfterAll
  void closeTheWindow() throws Exception {
    if (harness != null) {
      harness.close();
    }
  }

  private boolean worthAScreenshot() {
    return harness.showsCoach()
        && harness.showing("#cue")
        && Integer.parseInt(((Label) harness.scene().lookup("#repCounter")).getText()) >= 2;
  }

  @Test
  void withoutACameraTheStartScreenSaysSo() {
    assertTrue(cameraNote.startsWith("No camera found"), cameraNote);
  }

  @Test
  void theCounterEndsOnTheRecordedCountAndShowedEveryRepOnTheWay() {
    StepDetail last = recorded.steps().get(recorded.steps().size() - 1);
    assertEquals(Integer.toString(last.reps().size()), finalCounter);
    for (StepDetail step : recorded.steps()) {
      List<String> counts = harness.countsShownIn("Step " + step.step().position() + " of 2");
      for (int n = 1; n <= step.reps().size(); n++) {
        assertTrue(counts.contains(Integer.toString(n)), n + " never shown: " + counts);
      }
    }
  }

  @Test
  void theShownCountEqualsTheEnginesAtEveryStepBoundary() {
    assertEquals(2, recorded.steps().size(), "both steps were started");
    assertEquals(3, recorded.steps().get(0).reps().size(), "the first step met its target");
    for (StepDetail step : recorded.steps()) {
      List<String> counts = harness.countsShownIn("Step " + step.step().position() + " of 2");
      assertFalse(counts.isEmpty(), "step " + step.step().position() + " never shown");
      assertEquals(
          Integer.toString(step.reps().size()),
          counts.get(counts.size() - 1),
          "the last count shown in step " + step.step().position());
    }
  }

  @Test
  void aTooFastRepBringsUpTheSlowDownCueInWarningColour() {
    assertTrue(
        harness.shown.stream()
            .anyMatch(
                s ->
                    s.cueVisible()
                        && s.cue().equals("Slow down")
                        && s.cueStyle().contains("cue-warning")),
        "no 'Slow down' cue was shown");
  }

  @Test
  void theThreeScreensAreSavedAsScreenshots() {
    for (String name : List.of("start", "coach", "summary")) {
      assertTrue(Files.isRegularFile(SHOTS.resolve(name + ".png")), name);
    }
  }
}
