package org.posecoach.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.posecoach.models.ModelException;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.pipeline.PipelineSummary;
import org.posecoach.pose.PoseEstimationException;
import org.posecoach.pose.PoseEstimator;
import org.posecoach.routine.Routine;
import org.posecoach.routine.RoutineException;
import org.posecoach.routine.RoutineLibrary;
import org.posecoach.routine.RoutineLoader;
import org.posecoach.session.InterruptionNotice;
import org.posecoach.source.FrameSource;
import org.posecoach.source.SourceException;
import org.posecoach.source.SourceOptions;
import org.posecoach.speech.AudioSink;
import org.posecoach.speech.LiveVoice;
import org.posecoach.store.ExerciseTrend;
import org.posecoach.store.HistoryStore;
import org.posecoach.store.SessionDetail;
import org.posecoach.store.SessionId;
import org.posecoach.store.StepDetail;
import org.posecoach.store.StoreException;
import org.posecoach.ui.coach.Chime;
import org.posecoach.ui.coach.CoachScreen;
import org.posecoach.ui.live.LiveSession;
import org.posecoach.ui.live.PreviewFeed;
import org.posecoach.ui.start.SessionRequest;
import org.posecoach.ui.start.SourceChoice;
import org.posecoach.ui.start.StartScreen;
import org.posecoach.ui.start.StartViewModel;
import org.posecoach.ui.summary.SummaryScreen;
import org.posecoach.ui.summary.SummaryViewModel;

/**
 * The app's window and its three screens: start → coach → summary → start. Everything slow (opening
 * a model, a camera or the history, rendering the demo clip, closing a session) runs on one
 * background thread; the JavaFX thread only switches screens. Call on the JavaFX thread.
 *
 * <pre>{@code
 * new CoachApp(new Stage(), AppConfig.defaults(Path.of("routines")), AppServices.defaults()).show();
 * }</pre>
 */
public final class CoachApp {
  /** The window size the screens are laid out for (a laptop screen; they also grow). */
  public static final double WIDTH = 1280;

  public static final double HEIGHT = 720;

  private final Stage stage;
  private final AppConfig config;
  private final AppServices services;
  private final Scene scene;
  private final ExecutorService background =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "coach-background");
            t.setDaemon(true);
            return t;
          });
  private final CompletableFuture<Void> closed = new CompletableFuture<>();
  private Screen screen;
  private LiveSession live;
  private Chime chime;
  private CompletableFuture<Path> demoClip;
  private HistoryStore history; // background thread only
  private HistoryStore demoHistory; // background thread only

  public CoachApp(Stage stage, AppConfig config, AppServices services) {
    this.stage = stage;
    this.config = config;
    this.services = services;
    this.scene = new Scene(new Pane(), WIDTH, HEIGHT);
    Theme.apply(scene);
    stage.setScene(scene);
    stage.setTitle("Pose Coach");
    stage.setOnHidden(e -> shutdown());
  }

  /** Shows the window on the start screen. */
  public void show() {
    showStart();
    stage.show();
  }

  /** Completes once the window is closed and everything is released. */
  public CompletableFuture<Void> closed() {
    return closed;
  }

  // ------------------------------------------------------------------ start

  private void showStart() {
    List<RoutineLibrary.Entry> routines = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try {
      RoutineLibrary library = RoutineLibrary.scan(config.routinesFolder());
      routines.addAll(library.routines());
      library.problems().forEach(p -> problems.add(p.getMessage()));
    } catch (RoutineException e) {
      problems.add(e.getMessage());
    }
    config.routine().flatMap(r -> routineFile(r, problems)).ifPresent(routines::add);
    StartViewModel viewModel =
        new StartViewModel(
            routines,
            problems,
            services.cameras().get(),
            services.camerasListable(),
            config,
            this::prepare);
    StartScreen start = new StartScreen(viewModel, this::openPreview, background);
    setScreen(start);
    announceInterrupted(start, routines);
  }

  /**
   * A session of the user's history cut short since the app last ran (a crash, a kill) gets a
   * banner on the start screen, once; "See it" opens its summary.
   */
  private void announceInterrupted(StartScreen start, List<RoutineLibrary.Entry> routines) {
    CompletableFuture.supplyAsync(() -> InterruptionNotice.take(historyFor(false)), background)
        .whenComplete(
            (notice, error) ->
                Platform.runLater(
                    () -> {
                      // No history to read: the start screen says so when a session needs it.
                      if (error == null && notice.isPresent() && screen == start) {
                        InterruptionNotice n = notice.get();
                        start
                            .viewModel()
                            .interruption()
                            .show(
                                n.sentence(ZoneId.systemDefault()),
                                () -> showRecorded(n.id(), routines));
                      }
                    }));
  }

  /** The summary of a session from the history, with the routine of its name when there is one. */
  private void showRecorded(SessionId id, List<RoutineLibrary.Entry> routines) {
    if (!(screen instanceof StartScreen start)) {
      return;
    }
    // Read on this thread: the routine chosen, for a session whose routine is gone since.
    StartViewModel.RoutineChoice chosen = start.viewModel().routineProperty().get();
    start
        .stopPreview()
        .thenApplyAsync(
            released -> {
              HistoryStore store = historyFor(false);
              Optional<SessionDetail> detail = store.session(id);
              Map<ExerciseId, ExerciseTrend> trends = new LinkedHashMap<>();
              for (StepDetail step : detail.map(SessionDetail::steps).orElse(List.of())) {
                trends.computeIfAbsent(step.step().exercise(), store::trend);
              }
              String name = detail.map(d -> d.session().routineName()).orElse("");
              Routine routine =
                  routines.stream()
                      .map(RoutineLibrary.Entry::routine)
                      .filter(r -> r.name().equals(name))
                      .findFirst()
                      .orElseGet(
                          () ->
                              Optional.ofNullable(chosen)
                                  .map(StartViewModel.RoutineChoice::routine)
                                  .orElseThrow(
                                      () ->
                                          new IllegalStateException(
                                              "no routine to show session " + id + " with")));
              return new SummaryViewModel(
                  detail,
                  routine,
                  trends,
                  Optional.of("This session was cut short; everything it counted is saved."),
                  ZoneId.systemDefault(),
                  this::showStart,
                  stage::close);
            },
            background)
        .whenComplete(
            (viewModel, error) ->
                Platform.runLater(
                    () -> {
                      if (error != null) {
                        start.viewModel().failed(messageOf(error));
                        start.refreshPreview();
                      } else if (screen == start) {
                        setScreen(new SummaryScreen(viewModel));
                      }
                    }));
  }

  /** A routine named on the command line by its file rather than its id. */
  private static Optional<RoutineLibrary.Entry> routineFile(String name, List<String> problems) {
    Path file = Path.of(name);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new RoutineLibrary.Entry(file, name, RoutineLoader.load(file)));
    } catch (RoutineException e) {
      problems.add(e.getMessage());
      return Optional.empty();
    }
  }

  private StartScreen.Preview openPreview(SourceChoice choice, boolean mirror) {
    SourceOptions options = SourceOptions.DEFAULT.withMirror(mirror).withFullPicture(true);
    return switch (choice.kind()) {
      case CAMERA ->
          StartScreen.Preview.of(
              new PreviewFeed(() -> services.sources().open(choice.spec(), options), false));
      case FILE -> StartScreen.Preview.of(filePreview(choice.spec(), options));
      case DEMO -> {
        CompletableFuture<Path> clip = demoClip();
        if (clip.isDone() && !clip.isCompletedExceptionally()) {
          yield StartScreen.Preview.of(filePreview(clip.join().toString(), options));
        }
        clip.whenComplete((path, error) -> Platform.runLater(() -> demoClipDone(error)));
        yield StartScreen.Preview.waiting("Preparing the sample clip (once, about 15 s)…");
      }
    };
  }

  private PreviewFeed filePreview(String spec, SourceOptions options) {
    return new PreviewFeed(() -> services.sources().open(spec, options.withPaced(true)), true);
  }

  private void demoClipDone(Throwable error) {
    if (screen instanceof StartScreen start
        && start.viewModel().sourceProperty().get() == SourceChoice.DEMO) {
      if (error != null) {
        start.viewModel().failed(messageOf(error));
      } else {
        start.refreshPreview();
      }
    }
  }

  /** The demo clip, rendered once in the background (a failed attempt is tried again). */
  private CompletableFuture<Path> demoClip() {
    if (demoClip == null || demoClip.isCompletedExceptionally()) {
      demoClip =
          CompletableFuture.supplyAsync(
              () -> services.demoClip().apply(services.demoFolder()), background);
    }
    return demoClip;
  }

  // ------------------------------------------------------------------ start → coach

  private void prepare(SessionRequest request) {
    if (!(screen instanceof StartScreen start)) {
      return;
    }
    StartViewModel viewModel = start.viewModel();
    viewModel.preparing("Getting ready…");
    CompletableFuture<String> spec =
        request.source().kind() == SourceChoice.Kind.DEMO
            ? demoClip().thenApply(Path::toString)
            : CompletableFuture.completedFuture(request.source().spec());
    start
        .stopPreview()
        .thenCombine(spec, (released, path) -> path)
        .thenApplyAsync(path -> openSession(request, path, viewModel), background)
        .whenComplete(
            (session, error) ->
                Platform.runLater(
                    () -> {
                      if (error != null) {
                        if (screen == start) {
                          viewModel.failed(messageOf(error));
                          start.refreshPreview();
                        }
                      } else if (screen == start) {
                        showCoach(session, request);
                      } else {
                        session.close(); // the window went meanwhile; never started: quick
                      }
                    }));
  }

  /** Opens model, source and history for a session (background thread). */
  private LiveSession openSession(SessionRequest request, String spec, StartViewModel viewModel) {
    say(viewModel, "Loading the pose model…");
    PoseEstimator estimator =
        services.estimators().open(request.modelId(), line -> say(viewModel, line));
    FrameSource source = null;
    try {
      say(viewModel, "Opening " + request.source().label() + "…");
      SourceOptions options =
          SourceOptions.DEFAULT
              .withMirror(request.mirror())
              .withPaced(!request.source().live())
              .withFullPicture(true); // the window shows the video at full resolution
      source = services.sources().open(spec, options);
      HistoryStore store = historyFor(request.source().kind() == SourceChoice.Kind.DEMO);
      Optional<LiveVoice> voice =
          request.voice()
              ? LiveVoice.start(
                  request.routine(), AudioSink.soundCard(), line -> voiceOff(viewModel, line))
              : Optional.empty();
      voice.ifPresent(v -> v.player().setVolume(request.volume()));
      return new LiveSession(
          source,
          estimator,
          request.routine(),
          store,
          request.modelId(),
          !request.source().live(),
          voice);
    } catch (RuntimeException e) {
      if (source != null) {
        source.close();
      }
      estimator.close();
      throw e;
    }
  }

  /** Why the voice is off, once: on the start screen's status while it shows, and on stderr. */
  private static void voiceOff(StartViewModel viewModel, String line) {
    System.err.println(line);
    say(viewModel, line);
  }

  private static void say(StartViewModel viewModel, String line) {
    Platform.runLater(() -> viewModel.preparing(line));
  }

  private HistoryStore historyFor(boolean demo) {
    if (demo) {
      if (demoHistory == null) {
        demoHistory = services.demoHistory().get();
      }
      return demoHistory;
    }
    if (history == null) {
      history = services.history().get();
    }
    return history;
  }

  private void showCoach(LiveSession session, SessionRequest request) {
    live = session;
    if (chime == null) {
      chime = services.chime().get();
    }
    // The voice says each count, so the tones give way to it; without a voice, the tones as asked.
    boolean speaks = session.voice().isPresent();
    CoachScreen coach =
        new CoachScreen(
            session,
            speaks ? Chime.SILENT : chime,
            !speaks && !request.sound(),
            () -> showSummary(session));
    setScreen(coach);
    session.start();
    coach.start();
  }

  // ------------------------------------------------------------------ coach → summary

  private void showSummary(LiveSession session) {
    CompletableFuture.supplyAsync(() -> summaryOf(session), background)
        .whenComplete(
            (viewModel, error) ->
                Platform.runLater(
                    () -> {
                      if (live == session) {
                        live = null;
                      }
                      if (screen instanceof CoachScreen) {
                        setScreen(
                            new SummaryScreen(
                                error == null ? viewModel : emptySummary(session, error)));
                      }
                    }));
  }

  /** Stops the session and reads back what the history kept of it (background thread). */
  private SummaryViewModel summaryOf(LiveSession session) {
    session.close();
    Optional<SessionDetail> detail = Optional.empty();
    Map<ExerciseId, ExerciseTrend> trends = new LinkedHashMap<>();
    HistoryStore recordedIn = session.history();
    if (session.sessionId().isPresent()) {
      detail = recordedIn.session(session.sessionId().get());
      for (StepDetail step : detail.map(SessionDetail::steps).orElse(List.of())) {
        ExerciseId exercise = step.step().exercise();
        trends.computeIfAbsent(exercise, recordedIn::trend);
      }
    }
    Optional<String> note =
        session
            .end()
            .flatMap(PipelineSummary::error)
            .map(why -> "Lost the video: " + why + " Everything before that is saved.");
    return new SummaryViewModel(
        detail,
        session.routine(),
        trends,
        note,
        ZoneId.systemDefault(),
        this::showStart,
        stage::close);
  }

  private SummaryViewModel emptySummary(LiveSession session, Throwable error) {
    return new SummaryViewModel(
        Optional.empty(),
        session.routine(),
        Map.of(),
        Optional.of("The history could not be read: " + messageOf(error)),
        ZoneId.systemDefault(),
        this::showStart,
        stage::close);
  }

  // ------------------------------------------------------------------ screens and shutdown

  private void setScreen(Screen next) {
    Screen old = screen;
    screen = next;
    scene.setRoot(next.root());
    next.root().requestFocus();
    if (old != null) {
      old.dispose();
    }
  }

  private void shutdown() {
    if (screen != null) {
      screen.dispose();
      screen = null;
    }
    LiveSession session = live;
    live = null;
    background.execute(
        () -> {
          try {
            if (session != null) {
              session.close();
            }
            closeQuietly(history);
            closeQuietly(demoHistory);
          } finally {
            closed.complete(null);
          }
        });
    background.shutdown();
  }

  private static void closeQuietly(HistoryStore store) {
    if (store != null) {
      try {
        store.close();
      } catch (StoreException e) {
        // Every rep was committed as it happened; a failed close loses nothing.
      }
    }
  }

  /** The message a user can act on; anything unexpected keeps its type. */
  static String messageOf(Throwable error) {
    Throwable e = error;
    while ((e instanceof java.util.concurrent.CompletionException
            || e instanceof java.util.concurrent.ExecutionException)
        && e.getCause() != null) {
      e = e.getCause();
    }
    boolean forUser =
        e instanceof ModelException
            || e instanceof SourceException
            || e instanceof PoseEstimationException
            || e instanceof RoutineException
            || e instanceof StoreException
            || e instanceof IllegalArgumentException;
    return forUser && e.getMessage() != null
        ? e.getMessage()
        : "Unexpected error (please report it): " + e;
  }
}
