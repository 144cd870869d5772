package org.posecoach.ui.coach;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
import org.posecoach.ui.VideoOverlay;

/**
 * The coach view's nodes: the video with its overlay cards on the left, the counter and gauges on
 * the right, the routine's progress on top. It only builds and binds; every key is one call into
 * the {@link CoachViewModel}. Ids for tests and style: {@code #repCounter}, {@code #leftCounter},
 * {@code #rightCounter}, {@code #cue}, {@code #guidance}, {@code #rest}, {@code #stats}, {@code
 * #problem}.
 */
public final class CoachView {
  /** The side panel's width: room for a three-digit counter at 150 px. */
  private static final double PANEL_WIDTH = 380;

  /** One bar per step in the top bar: eight fit beside the title and the clock. */
  private static final double STEP_SEGMENT_WIDTH = 46;

  private static final double STEP_SEGMENT_HEIGHT = 12;

  /** Text in the cards over the video wraps at this width, inside the 885-px video. */
  private static final double CARD_TEXT_WIDTH = 720;

  private final CoachViewModel viewModel;
  private final VideoOverlay video = new VideoOverlay();
  private final TempoGauge tempo = new TempoGauge();
  private final HoldRing hold = new HoldRing();
  private final BorderPane root = new BorderPane();
  private final StackPane stage = new StackPane();
  private final VBox panel = new VBox(6);
  private final HBox steps = new HBox(6);
  private BooleanBinding showGuide; // held: a binding nobody references stops firing

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
    Label title = label("step-title");
    title.textProperty().bind(viewModel.stepTitleProperty());
    Label position = label("step-position");
    position.textProperty().bind(viewModel.stepPositionProperty());
    position.setId("stepPosition");
    Label clock = label("clock");
    clock.textProperty().bind(viewModel.elapsedProperty());
    steps.setAlignment(Pos.CENTER);
    steps.setFillHeight(false);
    HBox.setHgrow(steps, Priority.ALWAYS);
    viewModel.stepIndexProperty().addListener((o, a, b) -> showStepSegments());
    showStepSegments();
    HBox bar = new HBox(20, title, position, steps, clock);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().add("top-bar");
    return bar;
  }

  private void showStepSegments() {
    steps.getChildren().clear();
    int now = viewModel.stepIndexProperty().get();
    for (int i = 0; i < viewModel.stepCountProperty().get(); i++) {
      Region segment = new Region();
      segment.setPrefSize(STEP_SEGMENT_WIDTH, STEP_SEGMENT_HEIGHT);
      segment.setMaxHeight(STEP_SEGMENT_HEIGHT);
      segment.getStyleClass().add(i < now ? "step-done" : i == now ? "step-now" : "step-todo");
      steps.getChildren().add(segment);
    }
  }

  private void setupCounter() {
    Label unit = label("unit");
    unit.textProperty().bind(viewModel.unitProperty().map(u -> u.toUpperCase(Locale.ROOT)));
    Label single = label("counter");
    single.setId("repCounter");
    single.textProperty().bind(viewModel.countProperty());
    Label left = label("counter-side");
    left.setId("leftCounter");
    left.textProperty().bind(viewModel.leftCountProperty());
    Label right = label("counter-side");
    right.setId("rightCounter");
    right.textProperty().bind(viewModel.rightCountProperty());
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
    sides.visibleProperty().bind(viewModel.sidedProperty());
    single.visibleProperty().bind(viewModel.sidedProperty().not());
    viewModel
        .activeSideProperty()
        .addListener((o, a, b) -> highlightSide(b, left, leftName, right, rightName));
    Label target = label("target");
    target.setId("repTarget");
    target.textProperty().bind(viewModel.targetProperty());
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
    Label caption = label("gauge-label");
    caption
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    String.format(
                        Locale.ROOT,
                        "Tempo · at least %.0f s a rep",
                        viewModel.minRepSecondsProperty().get()),
                viewModel.minRepSecondsProperty()));
    tempo.repSecondsProperty().bind(viewModel.repSecondsProperty());
    tempo.minSecondsProperty().bind(viewModel.minRepSecondsProperty());
    tempo.maxSecondsProperty().bind(viewModel.maxRepSecondsProperty());
    tempo.lastSecondsProperty().bind(viewModel.lastRepSecondsProperty());
    tempo.movementProperty().bind(viewModel.movementProperty());
    tempo.phaseProperty().bind(viewModel.movementPhaseProperty());
    tempo.setPrefSize(340, 200);
    VBox box = new VBox(2, caption, tempo);
    box.setAlignment(Pos.CENTER);
    box.setPadding(new Insets(18, 0, 0, 0));
    box.visibleProperty().bind(viewModel.tempoVisibleProperty());
    box.managedProperty().bind(box.visibleProperty());
    panel.getChildren().add(box);
  }

  private void setupHold() {
    Label caption = label("gauge-label");
    caption.setText("Hold");
    hold.progressProperty().bind(viewModel.holdProgressProperty());
    hold.textProperty().bind(viewModel.holdTextProperty());
    hold.setPrefSize(150, 150);
    VBox box = new VBox(2, caption, hold);
    box.setAlignment(Pos.CENTER);
    box.setPadding(new Insets(10, 0, 0, 0));
    box.visibleProperty().bind(viewModel.holdVisibleProperty());
    box.managedProperty().bind(box.visibleProperty());
    panel.getChildren().add(box);
  }

  private void setupKeysHint() {
    Region spacer = new Region();
    VBox.setVgrow(spacer, Priority.ALWAYS);
    Label keys = label("keys");
    keys.setWrapText(true);
    keys.textProperty()
        .bind(
            viewModel
                .mutedProperty()
                .map(
                    muted ->
                        "Space pause · N next · R repeat\nEsc end · M sound "
                            + (muted ? "off" : "on")));
    panel.getChildren().addAll(spacer, keys);
  }

  private void setupGuidance() {
    Label title = label("card-title");
    title.setId("guidance");
    title.textProperty().bind(viewModel.guidanceTitleProperty());
    Label detail = label("card-detail");
    detail.textProperty().bind(viewModel.guidanceDetailProperty());
    detail.setWrapText(true);
    detail.setTextAlignment(TextAlignment.CENTER);
    detail.setMaxWidth(CARD_TEXT_WIDTH);
    VBox card = card(title, detail);
    card.visibleProperty().bind(viewModel.guidanceVisibleProperty());
    StackPane.setAlignment(card, Pos.CENTER);
    showGuide = viewModel.guidanceVisibleProperty().and(viewModel.personVisibleProperty().not());
    showGuide.addListener(o -> showGuide());
    viewModel.placementProperty().addListener(o -> showGuide());
    showGuide();
  }

  /** The framing guide over the video while nobody is in the picture. */
  private void showGuide() {
    video.showGuide(showGuide.get() ? viewModel.placementProperty().get() : null);
  }

  private void setupCue() {
    Label cue = label("cue");
    cue.setId("cue");
    cue.textProperty().bind(viewModel.cueTextProperty());
    cue.visibleProperty().bind(viewModel.cueVisibleProperty());
    viewModel.cueSeverityProperty().addListener((o, a, b) -> styleCue(cue, b));
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
    Label title = label("card-detail");
    title.setText("REST");
    Label count = label("rest-count");
    count.setId("rest");
    count.textProperty().bind(viewModel.restCountdownProperty());
    Label next = label("card-title");
    next.textProperty().bind(viewModel.nextStepProperty());
    Label how = label("card-detail");
    how.textProperty().bind(viewModel.nextInstructionsProperty());
    how.setWrapText(true);
    how.setTextAlignment(TextAlignment.CENTER);
    how.setMaxWidth(CARD_TEXT_WIDTH);
    VBox card = card(title, count, next, how);
    card.visibleProperty().bind(viewModel.restingProperty().and(viewModel.pausedProperty().not()));
  }

  private void setupPaused() {
    Label title = label("card-title");
    title.setText("Paused");
    Label detail = label("card-detail");
    detail.setText("Press Space to go on");
    VBox card = card(title, detail);
    card.visibleProperty().bind(viewModel.pausedProperty());
  }

  private void setupBanner() {
    Label banner = label("banner");
    banner.setId("banner");
    banner.textProperty().bind(viewModel.bannerProperty());
    banner.visibleProperty().bind(viewModel.bannerVisibleProperty());
    StackPane.setAlignment(banner, Pos.TOP_CENTER);
    StackPane.setMargin(banner, new Insets(64, 0, 0, 0));
    stage.getChildren().add(banner);
  }

  private void setupProblem() {
    Label text = label("card-detail");
    text.setId("problem");
    text.textProperty().bind(viewModel.problemProperty());
    text.setWrapText(true);
    text.setMaxWidth(CARD_TEXT_WIDTH);
    Button summary = new Button("See the summary");
    summary.setFocusTraversable(false);
    summary.setOnAction(e -> viewModel.showSummary());
    VBox card = new VBox(18, text, summary);
    card.setAlignment(Pos.CENTER);
    card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    card.getStyleClass().add("problem");
    card.visibleProperty().bind(viewModel.problemVisibleProperty());
    stage.getChildren().add(card);
  }

  private void setupStats() {
    Label stats = label("stats");
    stats.setId("stats");
    stats.textProperty().bind(viewModel.statsProperty());
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
