package org.posecoach.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.animation.AnimationTimer;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
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
import org.posecoach.testing.CountingSource;
import org.posecoach.ui.coach.Chime;

/**
 * The app in a test: a window on Monocle with its history in a temporary folder, no cameras, no
 * sound, a routine written for the test, and the video picked on the "command line". Counts the
 * frames its video sources deliver, tells the screens apart by what they show, and records what
 * every rendered frame of the coach view showed.
 */
final class AppHarness implements AutoCloseable {
  /**
   * What one rendered frame of the coach view showed.
   *
   * @param videoFps the video rate in the view's corner ("video 30 fps · …")
   * @param framesDelivered frames the video source had delivered by then
   */
  record Shown(
      long nanos,
      String step,
      String count,
      boolean cueVisible,
      String cue,
      List<String> cueStyle,
      double videoFps,
      long framesDelivered) {}

  /**
   * The video rate the coach view's corner showed, averaged over the steady part of a stretch of
   * the run, and the frames the source delivered meanwhile.
   */
  record FrameRate(double fps, double seconds, long delivered) {
    double deliveredFps() {
      return seconds > 0 ? delivered / seconds : 0;
    }
  }

  /**
   * The corner's rate covers the last second and is updated four times a second: from a second and
   * a half into the video it covers the video alone.
   */
  private static final long RATE_SETTLED_NANOS = 1_500_000_000L;

  private static final Pattern VIDEO_FPS = Pattern.compile("video (\\d+) fps");

  /** The coach view's banner texts once the session is over, completed or ended. */
  private static final Set<String> SESSION_OVER =
      Set.of("Well done — routine complete!", "Session ended");

  final CoachApp app;
  final HistoryStore history;
  private final Stage stage;
  private final AtomicLong delivered;
  final List<Shown> shown = Collections.synchronizedList(new ArrayList<>());

  /** How far into each pulse the recorder ran: about what the coach view's own loop took. */
  final List<Long> loopCost = Collections.synchronizedList(new ArrayList<>());

  private AppHarness(CoachApp app, Stage stage, HistoryStore history, AtomicLong delivered) {
    this.app = app;
    this.stage = stage;
    this.history = history;
    this.delivered = delivered;
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
    AtomicLong delivered = new AtomicLong();
    AppServices services =
        new AppServices(
            List::of,
            true,
            (spec, options) -> new CountingSource(sources.open(spec, options), delivered),
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
    return new AppHarness(app, stage, history, delivered);
  }

  /** The app's window content, whichever screen is on show. */
  Scene scene() {
    return stage.getScene();
  }

  /** Frames the video sources the app opened (preview, then session) have delivered so far. */
  long framesDelivered() {
    return delivered.get();
  }

  /** Whether the start screen is on show: its Start button is. JavaFX thread. */
  boolean showsStart() {
    return scene().lookup("#start") != null;
  }

  /** Whether the coach view is on show: its rep counter is. JavaFX thread. */
  boolean showsCoach() {
    return scene().lookup("#repCounter") != null;
  }

  /** Whether the summary is on show: its title is. JavaFX thread. */
  boolean showsSummary() {
    return scene().lookup("#summaryTitle") != null;
  }

  void pressStart() throws Exception {
    Fx.run(() -> ((Button) scene().lookup("#start")).fire());
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
    Fx.waitUntil(this::showsCoach, Fx.seconds(60), "the coach view");
    Fx.run(this::startRecorder);
  }

  /** A timer started after the coach view's: in each pulse it sees what that pulse renders. */
  private void startRecorder() {
    Parent coachView = scene().getRoot();
    Label counter = (Label) scene().lookup("#repCounter");
    Label step = (Label) scene().lookup("#stepPosition");
    Label cue = (Label) scene().lookup("#cue");
    Label stats = (Label) scene().lookup("#stats");
    new AnimationTimer() {
      @Override
      public void handle(long now) {
        if (scene().getRoot() != coachView) {
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
                videoFps(stats.getText()),
                delivered.get()));
      }
    }.start();
  }

  /** The video rate in the corner's text, 0 before it shows one. */
  private static double videoFps(String stats) {
    Matcher m = VIDEO_FPS.matcher(stats);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
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
   * The video rate the coach view showed over the longest stretch of the run without a stall of
   * more than {@code stallMillis} (a screenshot stalls the JavaFX thread), from when the corner's
   * rate covers frames of the stretch alone to the stretch's last frame.
   */
  FrameRate frameRate(long stallMillis) {
    List<Shown> run;
    synchronized (shown) {
      run = List.copyOf(shown);
    }
    FrameRate best = new FrameRate(0, 0, 0);
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
    long videoBegan = -1;
    long videoEnded = -1;
    for (int i = 1; i < stretch.size(); i++) {
      if (stretch.get(i).framesDelivered() > stretch.get(i - 1).framesDelivered()) {
        if (videoBegan < 0) {
          videoBegan = stretch.get(i).nanos();
        }
        videoEnded = stretch.get(i).nanos();
      }
    }
    if (videoBegan < 0) {
      return new FrameRate(0, 0, 0);
    }
    long from = videoBegan + RATE_SETTLED_NANOS;
    long to = videoEnded;
    List<Shown> steady =
        stretch.stream().filter(s -> s.nanos() >= from && s.nanos() <= to).toList();
    if (steady.size() < 2) {
      return new FrameRate(0, 0, 0);
    }
    Shown first = steady.get(0);
    Shown last = steady.get(steady.size() - 1);
    // Weighted by how long each pulse's rate stood: a slow stretch has fewer pulses, not less time.
    double fpsNanos = 0;
    for (int i = 1; i < steady.size(); i++) {
      fpsNanos += steady.get(i).videoFps() * (steady.get(i).nanos() - steady.get(i - 1).nanos());
    }
    long nanos = last.nanos() - first.nanos();
    return new FrameRate(
        fpsNanos / nanos, nanos / 1e9, last.framesDelivered() - first.framesDelivered());
  }

  @Override
  public void close() throws Exception {
    Fx.run(() -> scene().getWindow().hide());
    app.closed().get(20, TimeUnit.SECONDS);
  }
}
