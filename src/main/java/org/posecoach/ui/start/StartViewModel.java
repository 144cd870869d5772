package org.posecoach.ui.start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.posecoach.routine.CameraPlacement;
import org.posecoach.routine.Routine;
import org.posecoach.routine.RoutineLibrary;
import org.posecoach.routine.RoutineStep;
import org.posecoach.routine.Seconds;
import org.posecoach.routine.Sides;
import org.posecoach.ui.AppConfig;
import org.posecoach.ui.Placement;

/**
 * The start screen's state: the routine, the video source (cameras found, a video file, the demo
 * clip), the model, mirror and sound; what the chosen routine asks of the camera placement; and how
 * preparing a session goes. The app reports preparation through {@link #preparing}, {@link #failed}
 * and {@link #idle}. No scene graph here; the view binds.
 */
public final class StartViewModel {
  /** A routine in the list: its library id and the routine. */
  public record RoutineChoice(String id, Routine routine) {
    @Override
    public String toString() {
      return routine.name();
    }
  }

  private final Consumer<SessionRequest> onStart;
  private final InterruptionBanner interruption = new InterruptionBanner();
  private final ObservableList<RoutineChoice> routines = FXCollections.observableArrayList();
  private final ObjectProperty<RoutineChoice> routine = new SimpleObjectProperty<>();
  private final StringProperty routineSteps = new SimpleStringProperty("");
  private final StringProperty problems = new SimpleStringProperty("");
  private final ObservableList<SourceChoice> sources = FXCollections.observableArrayList();
  private final ObjectProperty<SourceChoice> source = new SimpleObjectProperty<>();
  private final StringProperty cameraNote = new SimpleStringProperty("");
  private final BooleanProperty noCamera = new SimpleBooleanProperty(false);
  private final ObservableList<ModelChoice> models = FXCollections.observableArrayList();
  private final ObjectProperty<ModelChoice> model = new SimpleObjectProperty<>();
  private final BooleanProperty mirror = new SimpleBooleanProperty(false);
  private final BooleanProperty sound = new SimpleBooleanProperty(true);
  private final BooleanProperty voice = new SimpleBooleanProperty(true);
  private final DoubleProperty volume = new SimpleDoubleProperty(1);
  private final ObjectProperty<CameraPlacement> placement = new SimpleObjectProperty<>();
  private final StringProperty placementText = new SimpleStringProperty("");
  private final StringProperty status = new SimpleStringProperty("");
  private final BooleanProperty statusIsError = new SimpleBooleanProperty(false);
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private final BooleanBinding startDisabled =
      Bindings.createBooleanBinding(
          () -> busy.get() || routine.get() == null || source.get() == null, busy, routine, source);

  /**
   * @param library the routines that loaded, and the files that did not
   * @param cameras camera devices found
   * @param camerasListed whether this system can list cameras at all (only Linux can without
   *     opening them); when not, camera 0 is offered untested
   * @param preferences the command line's choices
   * @param onStart receives the session asked for when the user presses Start
   */
  public StartViewModel(
      List<RoutineLibrary.Entry> library,
      List<String> libraryProblems,
      List<String> cameras,
      boolean camerasListed,
      AppConfig preferences,
      Consumer<SessionRequest> onStart) {
    this.onStart = Objects.requireNonNull(onStart, "onStart");
    library.forEach(e -> routines.add(new RoutineChoice(e.id(), e.routine())));
    problems.set(String.join("\n", libraryProblems));
    setupSources(cameras, camerasListed, preferences.source());
    setupModels(preferences.model());
    mirror.set(preferences.mirror());
    sound.set(preferences.sound());
    voice.set(preferences.sound()); // --mute silences both
    routine.addListener((o, a, b) -> routineChanged());
    source.addListener((o, a, b) -> routineChanged());
    routine.set(pick(preferences.routine()));
    if (routines.isEmpty()) {
      failed(
          "No routine could be loaded"
              + (libraryProblems.isEmpty() ? "." : ": see the problems above."));
    }
  }

  private void setupSources(List<String> cameras, boolean listed, Optional<String> preferred) {
    cameras.forEach(c -> sources.add(SourceChoice.camera(c)));
    if (!listed && cameras.isEmpty()) {
      sources.add(new SourceChoice(SourceChoice.Kind.CAMERA, "Camera 0 (built-in)", "camera"));
    }
    sources.add(SourceChoice.DEMO);
    noCamera.set(listed && cameras.isEmpty());
    cameraNote.set(
        noCamera.get()
            ? "No camera found. Use the demo clip or open a video file."
            : listed
                ? cameras.size() + (cameras.size() == 1 ? " camera found." : " cameras found.")
                : "Cameras cannot be listed here; camera 0 is tried when you start.");
    source.set(preferred.map(this::sourceFor).orElse(sources.get(0)));
  }

  /** The choice a command-line source names, adding it to the list when it is new. */
  private SourceChoice sourceFor(String spec) {
    if (spec.equalsIgnoreCase(AppConfig.DEMO_SOURCE)) {
      return SourceChoice.DEMO;
    }
    for (SourceChoice c : sources) {
      if (c.spec().equals(spec)) {
        return c;
      }
    }
    SourceChoice added =
        spec.equals("camera") || spec.startsWith("camera:") || spec.startsWith("/dev/video")
            ? SourceChoice.camera(spec)
            : SourceChoice.file(Path.of(spec));
    sources.add(sources.size() - 1, added);
    return added;
  }

  private void setupModels(String preferred) {
    models.setAll(ModelChoice.STANDARD);
    ModelChoice chosen =
        models.stream()
            .filter(m -> m.id().equals(preferred))
            .findFirst()
            .orElseGet(
                () -> {
                  ModelChoice other = ModelChoice.other(preferred);
                  models.add(other);
                  return other;
                });
    model.set(chosen);
  }

  private RoutineChoice pick(Optional<String> preferred) {
    if (preferred.isPresent()) {
      String key = preferred.get().strip().toLowerCase(Locale.ROOT);
      for (RoutineChoice c : routines) {
        if (c.id().toLowerCase(Locale.ROOT).equals(key)
            || c.routine().name().toLowerCase(Locale.ROOT).equals(key)
            || (c.id() + ".yaml").toLowerCase(Locale.ROOT).equals(key)) {
          return c;
        }
      }
      String missing = "No routine called '" + preferred.get() + "' in the routines folder.";
      problems.set(problems.get().isEmpty() ? missing : problems.get() + "\n" + missing);
    }
    return routines.stream()
        .filter(c -> c.id().equals(RoutineLibrary.DEFAULT_ID))
        .findFirst()
        .orElse(routines.isEmpty() ? null : routines.get(0));
  }

  private void routineChanged() {
    Routine r = sessionRoutine().orElse(null);
    if (r == null) {
      routineSteps.set("");
      placement.set(null);
      placementText.set("");
      return;
    }
    routineSteps.set(describeSteps(r));
    placement.set(r.steps().get(0).camera());
    placementText.set(
        "First: " + r.steps().get(0).title() + " — " + Placement.describe(placement.get()));
  }

  /** The routine a session would run: the chosen one, or its demo form for the demo clip. */
  Optional<Routine> sessionRoutine() {
    RoutineChoice chosen = routine.get();
    if (chosen == null) {
      return Optional.empty();
    }
    SourceChoice s = source.get();
    return Optional.of(
        s != null && s.kind() == SourceChoice.Kind.DEMO
            ? DemoRoutine.from(chosen.routine())
            : chosen.routine());
  }

  /** One line per step: "1 Lumbar rotation — 10 reps each side". */
  static String describeSteps(Routine routine) {
    return IntStream.range(0, routine.steps().size())
        .mapToObj(i -> (i + 1) + "  " + describe(routine.steps().get(i)))
        .collect(Collectors.joining("\n"));
  }

  private static String describe(RoutineStep step) {
    String each = step.sides().sides() == Sides.BOTH ? " each side" : "";
    String what =
        step.isTimedHold()
            ? (step.reps() == 1 ? "" : step.reps() + " × ")
                + Seconds.text(step.holdSeconds())
                + " hold"
            : step.reps() + " reps";
    return step.title() + " — " + what + each;
  }

  // ------------------------------------------------------------------ commands

  /** Start: hands the session asked for to the app, which prepares it. */
  public void start() {
    Optional<Routine> r = sessionRoutine();
    if (startDisabled.get() || r.isEmpty()) {
      return;
    }
    busy.set(true);
    onStart.accept(
        new SessionRequest(
            r.get(),
            source.get(),
            model.get().id(),
            mirror.get(),
            sound.get(),
            voice.get(),
            Math.max(0, Math.min(1, volume.get()))));
  }

  /** Offers and selects a video file (null: the user cancelled; nothing changes). */
  public void useVideoFile(Path file) {
    if (file == null) {
      return;
    }
    if (!Files.isReadable(file)) {
      failed("Cannot read " + file + ".");
      return;
    }
    sources.removeIf(c -> c.kind() == SourceChoice.Kind.FILE);
    SourceChoice choice = SourceChoice.file(file);
    sources.add(sources.size() - 1, choice);
    source.set(choice);
    idle();
  }

  // ------------------------------------------------------------------ preparation, from the app

  /** A line of progress while the session is being prepared (model download, sample clip). */
  public void preparing(String line) {
    busy.set(true);
    statusIsError.set(false);
    status.set(line);
  }

  /** Preparing failed, or something the user should fix: the message, and Start again. */
  public void failed(String message) {
    busy.set(false);
    statusIsError.set(true);
    status.set(message);
  }

  /** Nothing going on. */
  public void idle() {
    busy.set(false);
    statusIsError.set(false);
    status.set("");
  }

  // ------------------------------------------------------------------ properties

  public ObservableList<RoutineChoice> routines() {
    return routines;
  }

  /** The banner for a session cut short since the app last ran. */
  public InterruptionBanner interruption() {
    return interruption;
  }

  public ObjectProperty<RoutineChoice> routineProperty() {
    return routine;
  }

  /** The steps of the routine a session would run, one per line. */
  public StringProperty routineStepsProperty() {
    return routineSteps;
  }

  /** Routine files that did not load, one message per line; empty when all loaded. */
  public StringProperty problemsProperty() {
    return problems;
  }

  public ObservableList<SourceChoice> sources() {
    return sources;
  }

  public ObjectProperty<SourceChoice> sourceProperty() {
    return source;
  }

  public StringProperty cameraNoteProperty() {
    return cameraNote;
  }

  /** True when this machine has no camera (the note then says what to do instead). */
  public BooleanProperty noCameraProperty() {
    return noCamera;
  }

  public ObservableList<ModelChoice> models() {
    return models;
  }

  public ObjectProperty<ModelChoice> modelProperty() {
    return model;
  }

  public BooleanProperty mirrorProperty() {
    return mirror;
  }

  public BooleanProperty soundProperty() {
    return sound;
  }

  /** The spoken coach: counts, holds and cues aloud. */
  public BooleanProperty voiceProperty() {
    return voice;
  }

  /** The voice's loudness, 0..1. */
  public DoubleProperty volumeProperty() {
    return volume;
  }

  /** Where the first step wants the laptop: the preview's framing guide. */
  public ObjectProperty<CameraPlacement> placementProperty() {
    return placement;
  }

  public StringProperty placementTextProperty() {
    return placementText;
  }

  public StringProperty statusProperty() {
    return status;
  }

  public BooleanProperty statusIsErrorProperty() {
    return statusIsError;
  }

  public BooleanBinding startDisabledBinding() {
    return startDisabled;
  }
}
