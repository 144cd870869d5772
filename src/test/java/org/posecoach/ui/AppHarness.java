package org.posecoach.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.posecoach.models.ModelStore;
import org.posecoach.pose.PoseEstimators;
import org.posecoach.render.DemoClip;
import org.posecoach.source.Sources;
import org.posecoach.store.HistoryStore;
import org.posecoach.store.SessionDetail;
import org.posecoach.ui.coach.Chime;
import org.posecoach.ui.coach.CoachScreen;
import org.posecoach.ui.live.LiveSession;

/**
 * The app in a test: a window on Monocle with its history in a temporary folder, no cameras, no
 * sound, a routine written for the test, and the video picked on the "command line". Records what
 * every rendered frame of the coach view showed.
 */
final class AppHarness implements AutoCloseable {
  /** What one rendered frame of the coach view showed. */
  record Shown(
      long nanos,
      String step,
      String count,
      boolean cueVisible,
      String cue,
      List<String> cueStyle,
      long framesDrawn,
      long framesPublished) {}

  /** Rendered frames per second over a stretch of the run. */
  record FrameRate(double fps, double seconds, long drawn, long delivered) {}

  /** The coach view's banner texts once the session is over, completed or ended. */
  private static final Set<String> SESSION_OVER =
      Set.of("Well done — routine complete!", "Session ended");

  final CoachApp app;
  final HistoryStore history;
  private final Stage stage;
  final List<Shown> shown = Collections.synchronizedList(new ArrayList<>());

  /** How far into each pulse the recorder ran: about what the coach view's own loop took. */
  final List<Long> loopCost = Collections.synchronizedList(new ArrayList<>());

  private AppHarness(CoachApp app, Stage stage, HistoryStore history) {
    this.app = app;
    this.stage = stage;
    this.history = history;
  }

  /** The real pose model, from the user's cache. */
  static AppServices.EstimatorOpener realModel() {
    return (id, progress) ->
        PoseEstimators.open(id, ModelStore.openDefault(), PoseEstimators.Options.DEFAULT, progress);
  }

  /** Opens the app on its start screen with {@code video} pre-selected. */
  static AppHarness open(
      Path dir, Path video, String routineYaml, AppServices.EstimatorOpener estimators)
      throws Exception {
    return open(dir, video, routineYaml, estimators, Sources::open);
  }

  static AppHarness open(
      Path dir,
      Path video,
      String routineYaml,
      AppServices.EstimatorOpener estimators,
      AppServices.SourceOpener sources)
      throws Exception {
    Path routines = Files.createDirectories(dir.resolve("routines"));
    Files.writeString(routines.resolve("ui-test.yaml"), routineYaml);
    return open(
        dir,
        routines,
        Optional.of("ui-test"),
        Optional.of(video.toString()),
        estimators,
        sources,
        DemoClip::ensure);
  }

  /** The app as a user without a camera starts it, choices left to the start screen. */
  static AppHarness open(
      Path dir,
      Path routines,
      Optional<String> routine,
      Optional<String> source,
      AppServices.EstimatorOpener estimators,
      AppServices.SourceOpener sources,
      java.util.function.Function<Path, Path> demoClip)
      throws Exception {
    Fx.start();
    HistoryStore history = HistoryStore.open(dir.resolve("history.db"));
    AppServices services =
        new AppServices(
            List::of,
            true,
            sources,
            estimators,
            () -> history,
            () -> HistoryStore.open(dir.resolve("demo-history.db")),
            dir.resolve("sample"),
            demoClip,
            () -> Chime.SILENT);
    AppConfig config =
        new AppConfig(routines, routine, source, PoseEstimators.DEFAULT_MODEL, false, false);
    Stage stage = Fx.call(Stage::new);
    CoachApp app = Fx.call(() -> new CoachApp(stage, config, services));
    Fx.run(app::show);
    return new AppHarness(app, stage, history);
  }

  /** The app's window content, whichever screen is on show. */
  Scene scene() {
    return stage.getScene();
  }

  void pressStart() throws Exception {
    Fx.run(() -> ((Button) scene().lookup("#start")).fire());
  }

  CoachScreen coach() {
    return (CoachScreen) app.screen();
  }

  String text(String id) throws Exception {
    return Fx.call(() -> ((Label) scene().lookup(id)).getText());
  }

  /**
   * Whether the coach view says the session is over: its banner stays up with the ending ("Well
   * done — routine complete!" or "Session ended"). JavaFX thread.
   */
  boolean coachSaysSessionOver() {
    return scene().lookup("#banner") instanceof Label banner
        && banner.isVisible()
        && SESSION_OVER.contains(banner.getText());
  }

  /** Whether the node {@code selector} finds on the screen on show is visible. JavaFX thread. */
  boolean showing(String selector) {
    Node node = scene().lookup(selector);
    return node != null && node.isVisible();
  }

  /** Presses {@code key} on the screen on show, as the user would. */
  void press(KeyCode key) throws Exception {
    Fx.run(
        () ->
            Event.fireEvent(
                scene().getRoot(),
                new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false)));
  }

  /** Waits for the coach view, then records every frame it renders until it is left. */
  void recordCoachView() throws Exception {
    Fx.waitUntil(() -> app.screen() instanceof CoachScreen, Fx.seconds(60), "the coach view");
    Fx.run(this::startRecorder);
  }

  /** A timer started after the coach view's: in each pulse it sees what that pulse renders. */
  private void startRecorder() {
    CoachScreen screen = coach();
    LiveSession live = app.session().orElseThrow();
    Label counter = (Label) scene().lookup("#repCounter");
    Label step = (Label) scene().lookup("#stepPosition");
    Label cue = (Label) scene().lookup("#cue");
    new AnimationTimer() {
      @Override
      public void handle(long now) {
        if (app.screen() != screen) {
          stop();
          return;
        }
        loopCost.add(System.nanoTime() - now); // the coach loop ran just before, in this pulse
        shown.add(
            new Shown(
                now,
                step.getText(),
                counter.getText(),
                cue.isVisible(),
                cue.getText(),
                List.copyOf(cue.getStyleClass()),
                screen.loop().framesDrawn(),
                live.frames().publishedCount()));
      }
    }.start();
  }

  /** The counts the counter showed while the top bar said {@code step} ("Step 1 of 2"). */
  List<String> countsShownIn(String step) {
    synchronized (shown) {
      return shown.stream().filter(s -> s.step().equals(step)).map(Shown::count).toList();
    }
  }

  /** The session as the history recorded it (the newest). */
  Optional<SessionDetail> recorded() {
    return history.sessions().isEmpty()
        ? Optional.empty()
        : history.session(history.sessions().get(0).id());
  }

  /**
   * Frames drawn per second over the longest stretch of the run without a stall of more than {@code
   * stallMillis} (a screenshot stalls the JavaFX thread), from its first pulse that drew a new
   * frame to its last.
   */
  FrameRate frameRate(long stallMillis) {
    List<Shown> run;
    synchronized (shown) {
      run = shown.stream().filter(s -> s.framesDrawn() > 0).toList();
    }
    FrameRate best = new FrameRate(0, 0, 0, 0);
    int from = 0;
    for (int i = 1; i <= run.size(); i++) {
      boolean stall =
          i == run.size() || run.get(i).nanos() - run.get(i - 1).nanos() > stallMillis * 1_000_000L;
      if (stall) {
        FrameRate r = rateOver(run.subList(from, i));
        if (r.seconds() > best.seconds()) {
          best = r;
        }
        from = i;
      }
    }
    return best;
  }

  private static FrameRate rateOver(List<Shown> stretch) {
    Shown first = null;
    Shown last = null;
    for (int i = 1; i < stretch.size(); i++) {
      if (stretch.get(i).framesDrawn() > stretch.get(i - 1).framesDrawn()) {
        if (first == null) {
          first = stretch.get(i);
        }
        last = stretch.get(i);
      }
    }
    if (first == null || last == first) {
      return new FrameRate(0, 0, 0, 0);
    }
    double seconds = (last.nanos() - first.nanos()) / 1e9;
    long drawn = last.framesDrawn() - first.framesDrawn();
    long delivered = last.framesPublished() - first.framesPublished();
    return new FrameRate(drawn / seconds, seconds, drawn, delivered);
  }

  @Override
  public void close() throws Exception {
    Fx.run(() -> scene().getWindow().hide());
    app.closed().get(20, TimeUnit.SECONDS);
  }
}
