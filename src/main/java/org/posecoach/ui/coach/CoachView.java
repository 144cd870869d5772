package org.posecoach.ui.coach;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.posecoach.motion.vocabulary.Severity;
import org.posecoach.motion.vocabulary.Side;
import org.posecoach.ui.Buttons;
import org.posecoach.ui.VideoOverlay;

/**
 * The coach view's nodes: the video with its overlay cards on the left, the counter and gauges on
 * the right, the routine's progress on top. It only builds and binds, each panel to its own view
 * model in the {@link CoachViewModel}; every key is one call into the coach view model. Ids for
 * tests and style: {@code #stepPosition}, {@code #repCounter}, {@code #leftCounter}, {@code
 * #rightCounter}, {@code #repTarget}, {@code #tempoCaption}, {@code #hold}, {@code #keys}, {@code
 * #cue}, {@code #guidance}, {@code #rest}, {@code #restLeft}, {@code #nextStep}, {@code #banner},
 * {@code #stats}, {@code #problem}.
 */
public final class CoachView {
  /** The side panel's width: room for a three-digit counter at 150 px. */
  private static final double PANEL_WIDTH = 380;

  /** One bar per step in the top bar: eight fit beside the title and the clock. */
  private static final double STEP_SEGMENT_WIDTH = 46;

  private static final double STEP_SEGMENT_HEIGHT = 12;

  /** Text in the cards over the video wraps at this width, inside the 885-px video. */
  private static final double CARD_TEXT_WIDTH = 720;

  /** Room kept between a cue or banner and the video's sides, so long ones wrap inside it. */
  private static final double OVERLAY_MARGIN_PX = 32;

  /** The bar under the rest countdown, draining as the rest goes: as wide as the big digits. */
  private static final double REST_BAR_WIDTH = 240;

  private static final double REST_BAR_HEIGHT = 10;

  private final CoachViewModel viewModel;
  private final VideoOverlay video = new VideoOverlay();
  private final TempoGauge tempo = new TempoGauge();
  private final HoldRing hold = new HoldRing();
  private final BorderPane root = new BorderPane();
  private final StackPane stage = new StackPane();
  private final VBox panel = new VBox(6);
  private final HBox steps = new HBox(6);

  public CoachView(CoachViewModel viewModel) {
    this.viewModel = viewModel;
    root.setTop(setupTopBar());
    stage.getChildren().add(video);
    stage.setMinSize(0, 0);
    video.setMinSize(0, 0);
    root.setCenter(stage);
    root.setRight(panel);
    setupCounter();
    setupTempo();
    setupHold();
    setupKeysHint();
    setupGuidance();
    setupCue();
    setupRest();
    setupPaused();
    setupBanner();
    setupProblem();
    setupStats();
    setupKeys();
  }

  public BorderPane root() {
    return root;
  }

  public VideoOverlay video() {
    return video;
  }

  public void dispose() {
    video.dispose();
    tempo.dispose();
    hold.dispose();
  }

  private Node setupTopBar() {
    StepProgressViewModel progress = viewModel.progress();
    Label title = label("step-title");
    title.textProperty().bind(progress.titleProperty());
    Label position = label("step-position");
    position.textProperty().bind(progress.positionProperty());
    position.setId("stepPosition");
    Label clock = label("clock");
    clock.textProperty().bind(progress.elapsedProperty());
    steps.setAlignment(Pos.CENTER);
    steps.setFillHeight(false);
    HBox.setHgrow(steps, Priority.ALWAYS);
    progress.indexProperty().addListener((o, a, b) -> showStepSegments());
    showStepSegments();
    HBox bar = new HBox(20, title, position, steps, clock);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().add("top-bar");
    return bar;
  }

  private void showStepSegments() {
    steps.getChildren().clear();
    int now = viewModel.progress().indexProperty().get();
    for (int i = 0; i < viewModel.progress().countProperty().get(); i++) {
      Region segment = new Region();
      segment.setPrefSize(STEP_SEGMENT_WIDTH, STEP_SEGMENT_HEIGHT);
      segment.setMaxHeight(STEP_SEGMENT_HEIGHT);
      segment.getStyleClass().add(i < now ? "step-done" : i == now ? "step-now" : "step-todo");
      steps.getChildren().add(segment);
    }
  }

  private void setupCounter() {
    CounterViewModel counter = viewModel.counter();
    Label unit = label("unit");
    unit.textProperty().bind(counter.unitProperty().map(u -> u.toUpperCase(Locale.ROOT)));
    Label single = label("counter");
    single.setId("repCounter");
    single.textProperty().bind(counter.countProperty());
    Label left = label("counter-side");
    left.setId("leftCounter");
    left.textProperty().bind(counter.leftCountProperty());
    Label right = label("counter-side");
    right.setId("rightCounter");
    right.textProperty().bind(counter.rightCountProperty());
    Label leftName = label("counter-side-label");
    leftName.setText("LEFT");
    Label rightName = label("counter-side-label");
    rightName.setText("RIGHT");
    VBox leftBox = new VBox(leftName, left);
    VBox rightBox = new VBox(rightName, right);
    leftBox.setAlignment(Pos.CENTER);
    rightBox.setAlignment(Pos.CENTER);
    HBox sides = new HBox(34, leftBox, rightBox);
    sides.setAlignment(Pos.CENTER);
    sides.visibleProperty().bind(counter.sidedProperty());
    single.visibleProperty().bind(counter.sidedProperty().not());
    counter
        .activeSideProperty()
        .addListener((o, a, b) -> highlightSide(b, left, leftName, right, rightName));
    Label target = label("target");
    target.setId("repTarget");
    target.textProperty().bind(counter.targetProperty());
    StackPane counters = new StackPane(single, sides);
    panel.getChildren().addAll(unit, counters, target);
    panel.setAlignment(Pos.TOP_CENTER);
    panel.setPrefWidth(PANEL_WIDTH);
    panel.setMinWidth(PANEL_WIDTH);
    panel.setPadding(new Insets(16, 16, 16, 16));
    panel.getStyleClass().add("side-panel");
  }

  private static void highlightSide(Side side, Label... labels) {
    for (int i = 0; i < labels.length; i++) {
      boolean leftLabel = i < 2;
      labels[i].getStyleClass().removeAll("active-left", "active-right");
      if (side == Side.LEFT && leftLabel) {
        labels[i].getStyleClass().add("active-left");
      } else if (side == Side.RIGHT && !leftLabel) {
        labels[i].getStyleClass().add("active-right");
      }
    }
  }

  private void setupTempo() {
    TempoViewModel model = viewModel.tempo();
    Label caption = label("gauge-label");
    caption.setId("tempoCaption");
    caption.textProperty().bind(model.captionProperty());
    tempo.repSecondsProperty().bind(model.repSecondsProperty());
    tempo.minSecondsProperty().bind(model.minRepSecondsProperty());
    tempo.maxSecondsProperty().bind(model.maxRepSecondsProperty());
    tempo.lastSecondsProperty().bind(model.lastRepSecondsProperty());
    tempo.movementProperty().bind(model.movementProperty());
    tempo.phaseProperty().bind(model.phaseProperty());
    tempo.setPrefSize(340, 200);
    VBox box = new VBox(2, caption, tempo);
    box.setAlignment(Pos.CENTER);
    box.setPadding(new Insets(18, 0, 0, 0));
    box.visibleProperty().bind(model.visibleProperty());
    box.managedProperty().bind(box.visibleProperty());
    panel.getChildren().add(box);
  }

  private void setupHold() {
    Label caption = label("gauge-label");
    caption.setText("Hold");
    hold.setId("hold");
    hold.progressProperty().bind(viewModel.hold().progressProperty());
    hold.textProperty().bind(viewModel.hold().textProperty());
    hold.setPrefSize(150, 150);
    VBox box = new VBox(2, caption, hold);
    box.setAlignment(Pos.CENTER);
    box.setPadding(new Insets(10, 0, 0, 0));
    box.visibleProperty().bind(viewModel.hold().visibleProperty());
    box.managedProperty().bind(box.visibleProperty());
    panel.getChildren().add(box);
  }

  private void setupKeysHint() {
    Region spacer = new Region();
    VBox.setVgrow(spacer, Priority.ALWAYS);
    Label keys = label("keys");
    keys.setWrapText(true);
    keys.setId("keys");
    keys.textProperty().bind(viewModel.sound().keysHintProperty());
    panel.getChildren().addAll(spacer, keys);
  }

  private void setupGuidance() {
    GuidanceViewModel guidance = viewModel.guidance();
    Label title = label("card-title");
    title.setId("guidance");
    title.textProperty().bind(guidance.titleProperty());
    // Set-up instructions ("Lie on your back, knees bent") run long at the card's size: wrap them.
    title.setWrapText(true);
    title.setTextAlignment(TextAlignment.CENTER);
    title.setMaxWidth(CARD_TEXT_WIDTH);
    Label detail = label("card-detail");
    detail.textProperty().bind(guidance.detailProperty());
    detail.setWrapText(true);
    detail.setTextAlignment(TextAlignment.CENTER);
    detail.setMaxWidth(CARD_TEXT_WIDTH);
    VBox card = card(title, detail);
    card.visibleProperty().bind(guidance.visibleProperty());
    StackPane.setAlignment(card, Pos.CENTER);
    guidance.guideProperty().addListener((o, a, b) -> video.showGuide(b));
    video.showGuide(guidance.guideProperty().get());
  }

  private void setupCue() {
    Label cue = label("cue");
    cue.setId("cue");
    cue.textProperty().bind(viewModel.cue().textProperty());
    cue.visibleProperty().bind(viewModel.cue().visibleProperty());
    viewModel.cue().severityProperty().addListener((o, a, b) -> styleCue(cue, b));
    cue.setWrapText(true);
    cue.setTextAlignment(TextAlignment.CENTER);
    cue.maxWidthProperty().bind(stage.widthProperty().subtract(2 * OVERLAY_MARGIN_PX));
    StackPane.setAlignment(cue, Pos.BOTTOM_CENTER);
    StackPane.setMargin(cue, new Insets(0, 0, 34, 0));
    stage.getChildren().add(cue);
  }

  private static void styleCue(Label cue, Severity severity) {
    cue.getStyleClass().removeAll("cue-info", "cue-warning", "cue-blocking");
    if (severity != null) {
      cue.getStyleClass().add("cue-" + severity.name().toLowerCase(Locale.ROOT));
    }
  }

  private void setupRest() {
    RestViewModel rest = viewModel.rest();
    Label title = label("card-detail");
    title.setText("REST");
    Label count = label("rest-count");
    count.setId("rest");
    count.textProperty().bind(rest.countdownProperty());
    ProgressBar left = new ProgressBar();
    left.setId("restLeft");
    left.setPrefSize(REST_BAR_WIDTH, REST_BAR_HEIGHT);
    left.progressProperty().bind(rest.fractionProperty());
    Label next = label("card-title");
    next.setId("nextStep");
    next.textProperty().bind(rest.nextStepProperty());
    Label how = label("card-detail");
    how.textProperty().bind(rest.nextInstructionsProperty());
    how.setWrapText(true);
    how.setTextAlignment(TextAlignment.CENTER);
    how.setMaxWidth(CARD_TEXT_WIDTH);
    VBox card = card(title, count, left, next, how);
    card.visibleProperty().bind(rest.restingProperty().and(rest.pausedProperty().not()));
  }

  private void setupPaused() {
    Label title = label("card-title");
    title.setText("Paused");
    Label detail = label("card-detail");
    detail.setText("Press Space to go on");
    VBox card = card(title, detail);
    card.visibleProperty().bind(viewModel.rest().pausedProperty());
  }

  private void setupBanner() {
    Label banner = label("banner");
    banner.setId("banner");
    banner.textProperty().bind(viewModel.banner().textProperty());
    banner.visibleProperty().bind(viewModel.banner().visibleProperty());
    banner.setWrapText(true);
    banner.setTextAlignment(TextAlignment.CENTER);
    banner.maxWidthProperty().bind(stage.widthProperty().subtract(2 * OVERLAY_MARGIN_PX));
    StackPane.setAlignment(banner, Pos.TOP_CENTER);
    StackPane.setMargin(banner, new Insets(64, 0, 0, 0));
    stage.getChildren().add(banner);
  }

  private void setupProblem() {
    Label text = label("card-detail");
    text.setId("problem");
    text.textProperty().bind(viewModel.problem().textProperty());
    text.setWrapText(true);
    text.setMaxWidth(CARD_TEXT_WIDTH);
    Button summary = Buttons.of("See the summary", viewModel::showSummary);
    summary.setFocusTraversable(false);
    VBox card = new VBox(18, text, summary);
    card.setAlignment(Pos.CENTER);
    card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    card.getStyleClass().add("problem");
    card.visibleProperty().bind(viewModel.problem().visibleProperty());
    stage.getChildren().add(card);
  }

  private void setupStats() {
    Label stats = label("stats");
    stats.setId("stats");
    stats.textProperty().bind(viewModel.stats().textProperty());
    StackPane.setAlignment(stats, Pos.TOP_LEFT);
    StackPane.setMargin(stats, new Insets(10));
    stage.getChildren().add(stats);
  }

  private void setupKeys() {
    root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
  }

  private void onKey(KeyEvent e) {
    switch (e.getCode()) {
      case SPACE -> viewModel.togglePause();
      case N -> viewModel.nextStep();
      case R -> viewModel.repeatStep();
      case ESCAPE -> viewModel.endSession();
      case M -> viewModel.toggleMute();
      case ENTER -> viewModel.continueToSummary();
      default -> {
        return;
      }
    }
    e.consume();
  }

  /** A centred card over the video. */
  private VBox card(Node... children) {
    VBox card = new VBox(8, children);
    card.setAlignment(Pos.CENTER);
    card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    card.getStyleClass().add("card");
    stage.getChildren().add(card);
    return card;
  }

  private static Label label(String styleClass) {
    Label l = new Label();
    l.getStyleClass().add(styleClass);
    return l;
  }
}
