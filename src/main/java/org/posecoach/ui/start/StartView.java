package org.posecoach.ui.start;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.posecoach.ui.Buttons;
import org.posecoach.ui.VideoOverlay;

/**
 * The start screen's nodes: the live preview with its framing guide on the left, the choices on the
 * right, Start at the bottom. Binds to a {@link StartViewModel}; handlers are one call each. Ids:
 * {@code #routine}, {@code #sources}, {@code #cameraNote}, {@code #model}, {@code #start}, {@code
 * #status}.
 */
public final class StartView {
  /**
   * The preview's size: the camera's 4:3 at a little under half of 1280, leaving 600 px for the
   * choices.
   */
  private static final double PREVIEW_WIDTH = 600;

  private static final double PREVIEW_HEIGHT = 450;

  private final StartViewModel viewModel;
  private final VideoOverlay preview = new VideoOverlay();
  private final BorderPane root = new BorderPane();
  private final VBox choices = new VBox(6);
  private final VBox sourceButtons = new VBox(4);
  private final ToggleGroup sourceGroup = new ToggleGroup();
  private final ListChangeListener<SourceChoice> sourcesChanged = c -> showSources();

  public StartView(StartViewModel viewModel) {
    this.viewModel = viewModel;
    root.setPadding(new Insets(14, 28, 16, 28));
    root.setTop(new VBox(setupHeader(), setupInterruption()));
    root.setLeft(setupPreview());
    root.setCenter(choices);
    choices.setPadding(new Insets(0, 0, 0, 24));
    setupRoutine();
    setupSources();
    setupModel();
    setupStart();
  }

  public BorderPane root() {
    return root;
  }

  public VideoOverlay preview() {
    return preview;
  }

  public void dispose() {
    viewModel.sources().removeListener(sourcesChanged);
    preview.dispose();
  }

  private Node setupHeader() {
    Label title = label("title", "Pose Coach");
    Label subtitle = label("subtitle", "Your morning low-back routine, counted and paced");
    HBox header = new HBox(24, title, subtitle);
    header.setAlignment(Pos.BASELINE_LEFT);
    header.setPadding(new Insets(0, 0, 10, 0));
    return header;
  }

  /** A session cut short since the app last ran: what it kept, and a button to see it. */
  private Node setupInterruption() {
    InterruptionBanner banner = viewModel.interruption();
    Label text = label("warning-text", "");
    text.setId("interruption");
    text.setWrapText(true);
    text.textProperty().bind(banner.textProperty());
    HBox.setHgrow(text, Priority.ALWAYS);
    Button see = Buttons.of("See it", banner::see, "small");
    see.setId("seeInterrupted");
    Button dismiss = Buttons.of("OK", banner::dismiss, "small");
    HBox row = new HBox(12, text, see, dismiss);
    row.setAlignment(Pos.CENTER_LEFT);
    row.setPadding(new Insets(0, 0, 10, 0));
    row.visibleProperty().bind(banner.visibleProperty());
    row.managedProperty().bind(row.visibleProperty());
    return row;
  }

  private Node setupPreview() {
    preview.setPrefSize(PREVIEW_WIDTH, PREVIEW_HEIGHT);
    preview.setMinSize(PREVIEW_WIDTH, PREVIEW_HEIGHT);
    preview.setMaxSize(PREVIEW_WIDTH, PREVIEW_HEIGHT);
    Label placement = label("card-detail", "");
    placement.setId("placement");
    placement.setWrapText(true);
    placement.setMaxWidth(PREVIEW_WIDTH);
    placement.textProperty().bind(viewModel.placementTextProperty());
    VBox box = new VBox(12, preview, placement);
    return box;
  }

  private void setupRoutine() {
    ComboBox<StartViewModel.RoutineChoice> routine = new ComboBox<>(viewModel.routines());
    routine.setId("routine");
    routine.valueProperty().bindBidirectional(viewModel.routineProperty());
    routine.setMaxWidth(Double.MAX_VALUE);
    Label steps = label("steps-text", "");
    steps.setId("routineSteps");
    steps.setMinHeight(Region.USE_PREF_SIZE);
    steps.textProperty().bind(viewModel.routineStepsProperty());
    Label problems = label("warning-text", "");
    problems.setWrapText(true);
    problems.textProperty().bind(viewModel.problemsProperty());
    problems.visibleProperty().bind(viewModel.problemsProperty().isNotEmpty());
    problems.managedProperty().bind(problems.visibleProperty());
    choices.getChildren().addAll(label("section", "ROUTINE"), routine, steps, problems);
  }

  private void setupSources() {
    sourceButtons.setId("sources");
    viewModel.sources().addListener(sourcesChanged);
    sourceGroup.selectedToggleProperty().addListener((o, a, b) -> sourcePicked(b));
    viewModel.sourceProperty().addListener((o, a, b) -> selectToggle());
    showSources();
    Button open =
        Buttons.of("Open a video file…", () -> viewModel.useVideoFile(chooseFile()), "small");
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox heading = new HBox(label("section", "VIDEO"), grow, open);
    heading.setAlignment(Pos.CENTER_LEFT);
    Label note = label("status-text", "");
    note.setId("cameraNote");
    note.textProperty().bind(viewModel.cameraNoteProperty());
    note.setWrapText(true);
    viewModel.noCameraProperty().addListener((o, a, b) -> styleNote(note, b));
    styleNote(note, viewModel.noCameraProperty().get());
    choices.getChildren().addAll(spacer(8), heading, note, sourceButtons);
  }

  private static void styleNote(Label note, boolean noCamera) {
    note.getStyleClass().removeAll("status-text", "warning-text");
    note.getStyleClass().add(noCamera ? "warning-text" : "status-text");
  }

  private void showSources() {
    sourceButtons.getChildren().clear();
    for (SourceChoice c : viewModel.sources()) {
      RadioButton b = new RadioButton(c.label());
      b.setMnemonicParsing(false); // file names have underscores
      b.setUserData(c);
      b.setToggleGroup(sourceGroup);
      sourceButtons.getChildren().add(b);
    }
    selectToggle();
  }

  private void selectToggle() {
    for (Toggle t : sourceGroup.getToggles()) {
      if (t.getUserData().equals(viewModel.sourceProperty().get())) {
        sourceGroup.selectToggle(t);
      }
    }
  }

  private void sourcePicked(Toggle toggle) {
    if (toggle != null) {
      viewModel.sourceProperty().set((SourceChoice) toggle.getUserData());
    }
  }

  private Path chooseFile() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Open a video of your routine");
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter(
                "Videos", "*.mp4", "*.mov", "*.mkv", "*.webm", "*.avi", "*.m4v"),
            new FileChooser.ExtensionFilter("All files", "*"));
    File file = chooser.showOpenDialog(root.getScene().getWindow());
    return file == null ? null : file.toPath();
  }

  private void setupModel() {
    ComboBox<ModelChoice> model = new ComboBox<>(viewModel.models());
    model.setId("model");
    model.valueProperty().bindBidirectional(viewModel.modelProperty());
    CheckBox mirror = new CheckBox("Mirror");
    mirror.selectedProperty().bindBidirectional(viewModel.mirrorProperty());
    CheckBox sound = new CheckBox("Sound");
    sound.selectedProperty().bindBidirectional(viewModel.soundProperty());
    CheckBox voice = new CheckBox("Voice");
    voice.setId("voice");
    voice.selectedProperty().bindBidirectional(viewModel.voiceProperty());
    Slider volume = new Slider(0, 1, 1);
    volume.setId("voice-volume");
    volume.setPrefWidth(90);
    volume.valueProperty().bindBidirectional(viewModel.volumeProperty());
    volume.disableProperty().bind(voice.selectedProperty().not());
    model.setPrefWidth(300);
    for (CheckBox box : List.of(mirror, sound, voice)) {
      box.setMinWidth(Region.USE_PREF_SIZE);
    }
    HBox row = new HBox(24, model, mirror);
    row.setAlignment(Pos.CENTER_LEFT);
    // Sound on its own row: at 1280×720 one row for all of it runs past the window's edge.
    HBox soundRow = new HBox(24, sound, voice, volume);
    soundRow.setAlignment(Pos.CENTER_LEFT);
    choices.getChildren().addAll(spacer(8), label("section", "POSE MODEL"), row, soundRow);
  }

  private void setupStart() {
    Button start = Buttons.of("Start", viewModel::start, "primary");
    start.setId("start");
    start.setDefaultButton(true);
    start.setMaxWidth(Double.MAX_VALUE);
    start.disableProperty().bind(viewModel.startDisabledBinding());
    Label status = label("status-text", "");
    status.setId("status");
    status.setWrapText(true);
    status.textProperty().bind(viewModel.statusProperty());
    viewModel
        .statusIsErrorProperty()
        .addListener(
            (o, a, error) -> {
              status.getStyleClass().removeAll("status-text", "error-text");
              status.getStyleClass().add(error ? "error-text" : "status-text");
            });
    Region grow = new Region();
    VBox.setVgrow(grow, Priority.ALWAYS);
    choices.getChildren().addAll(grow, start, status);
  }

  private static Region spacer(double height) {
    Region r = new Region();
    r.setMinHeight(height);
    return r;
  }

  private static Label label(String styleClass, String text) {
    Label l = new Label(text);
    l.getStyleClass().add(styleClass);
    return l;
  }
}
