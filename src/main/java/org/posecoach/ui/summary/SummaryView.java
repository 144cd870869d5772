package org.posecoach.ui.summary;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.posecoach.ui.Buttons;
import org.posecoach.ui.summary.SummaryViewModel.StepRow;

/**
 * The summary's nodes: a header with the session's outcome, the steps table and the form notes on
 * the left, the selected step's tempo chart and its trend over past sessions on the right. Binds to
 * a {@link SummaryViewModel}; charts are rebuilt when its lists change. Ids: {@code #steps}, {@code
 * #tempoChart}, {@code #trendChart}, {@code #formNotes}, {@code #newSession}.
 */
public final class SummaryView {
  private final SummaryViewModel viewModel;
  private final BorderPane root = new BorderPane();
  private final TableView<StepRow> steps = new TableView<>();

  /** Table rows: 18-px text with room to breathe. */
  private static final double ROW_HEIGHT = 34;

  /** The table's header row and borders. */
  private static final double HEADER_HEIGHT = 46;

  /** More steps than this scroll (the morning routine has six; a repeat adds one). */
  private static final int MAX_ROWS_SHOWN = 8;

  private final LineChart<String, Number> tempo =
      new LineChart<>(new CategoryAxis(), new NumberAxis());
  private final LineChart<String, Number> trend =
      new LineChart<>(new CategoryAxis(), new NumberAxis());
  private final ListChangeListener<Object> tempoChanged = c -> showTempo();
  private final ListChangeListener<Object> trendChanged = c -> showTrend();

  public SummaryView(SummaryViewModel viewModel) {
    this.viewModel = viewModel;
    root.setPadding(new Insets(16, 24, 16, 24));
    root.setTop(setupHeader());
    GridPane grid = new GridPane();
    grid.setHgap(20);
    ColumnConstraints left = new ColumnConstraints();
    left.setPercentWidth(64);
    ColumnConstraints right = new ColumnConstraints();
    right.setPercentWidth(36);
    grid.getColumnConstraints().addAll(left, right);
    grid.add(setupSteps(), 0, 0);
    grid.add(setupCharts(), 1, 0);
    BorderPane.setMargin(grid, new Insets(12, 0, 0, 0));
    root.setCenter(grid);
  }

  public BorderPane root() {
    return root;
  }

  public void dispose() {
    viewModel.repPoints().removeListener(tempoChanged);
    viewModel.trendPoints().removeListener(trendChanged);
  }

  private Node setupHeader() {
    Label title = label("title");
    title.setId("summaryTitle");
    title.textProperty().bind(viewModel.titleProperty());
    title.setStyle("-fx-font-size: 38px;");
    // A long routine name and "ended early" wrap rather than lose their end.
    title.setWrapText(true);
    HBox.setHgrow(title, Priority.SOMETIMES);
    Label subtitle = label("subtitle");
    subtitle.textProperty().bind(viewModel.subtitleProperty());
    subtitle.setWrapText(true);
    Label note = label("warning-text");
    note.setId("endNote");
    note.setWrapText(true);
    note.textProperty().bind(viewModel.noteProperty());
    note.visibleProperty().bind(viewModel.noteProperty().isNotEmpty());
    note.managedProperty().bind(note.visibleProperty());
    Button again = Buttons.of("New session", viewModel::newSession, "primary");
    again.setId("newSession");
    Button quit = Buttons.of("Quit", viewModel::quit);
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox top = new HBox(16, title, grow, again, quit);
    top.setAlignment(Pos.CENTER_LEFT);
    return new VBox(2, top, subtitle, note);
  }

  private Node setupSteps() {
    steps.setId("steps");
    steps.setItems(viewModel.rows());
    // Shares fitted to the longest entries at 1280 px: "Thread the needle", "L 10 · R 10 of
    // 10", "partly done", "1.4 s avg · 6 too fast" (TextFitTest lays them out).
    steps.getColumns().add(column("Step", StepRow::step, 0.24));
    steps.getColumns().add(column("Done", StepRow::done, 0.2));
    steps.getColumns().add(column("Status", StepRow::status, 0.165));
    steps.getColumns().add(column("Tempo", StepRow::tempo, 0.27));
    steps.getColumns().add(column("Notes", StepRow::notes, 0.09)); // the rest: a scroll bar
    steps.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    steps.setFixedCellSize(ROW_HEIGHT);
    steps
        .prefHeightProperty()
        .bind(Bindings.size(viewModel.rows()).multiply(ROW_HEIGHT).add(HEADER_HEIGHT));
    steps.setMaxHeight(ROW_HEIGHT * MAX_ROWS_SHOWN + HEADER_HEIGHT);
    // The steps come first: the form notes below give up their room before the table does.
    steps.setMinHeight(Region.USE_PREF_SIZE);
    steps.getSelectionModel().select(viewModel.selectedProperty().get());
    steps
        .getSelectionModel()
        .selectedIndexProperty()
        .addListener((o, a, b) -> viewModel.select(b.intValue()));
    ListView<String> notes = new ListView<>(viewModel.formNotes());
    notes.setId("formNotes");
    notes.setCellFactory(list -> wrappingCell());
    Label none = label("status-text");
    none.textProperty().bind(viewModel.noFormNotesProperty());
    notes.setPlaceholder(none);
    VBox.setVgrow(notes, Priority.ALWAYS);
    Label notesTitle = label("section");
    notesTitle.setText("FORM NOTES");
    VBox box = new VBox(8, steps, notesTitle, notes);
    return box;
  }

  /** A form note wraps within the list's width instead of running off its right edge. */
  private static ListCell<String> wrappingCell() {
    ListCell<String> cell =
        new ListCell<>() {
          @Override
          protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
          }
        };
    cell.setWrapText(true);
    // No width of its own: the list gives each cell the width it shows, and the text wraps there.
    cell.setPrefWidth(0);
    return cell;
  }

  private TableColumn<StepRow, String> column(
      String name, Function<StepRow, String> value, double share) {
    TableColumn<StepRow, String> c = new TableColumn<>(name);
    c.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
    c.setSortable(false);
    c.setReorderable(false);
    c.prefWidthProperty().bind(steps.widthProperty().multiply(share).subtract(1));
    return c;
  }

  private Node setupCharts() {
    tempo.setId("tempoChart");
    tempo.setAnimated(false);
    tempo.setCreateSymbols(true);
    tempo.titleProperty().bind(viewModel.tempoTitleProperty());
    tempo.getXAxis().setLabel("rep");
    tempo.getYAxis().setLabel("seconds");
    tempo.setLegendVisible(false);
    trend.setId("trendChart");
    trend.setAnimated(false);
    trend.titleProperty().bind(viewModel.trendTitleProperty());
    // No axis label: the title says what is measured, and the label would take the room the
    // dates below need at 720 px.
    trend.setLegendVisible(false);
    viewModel.repPoints().addListener(tempoChanged);
    viewModel.trendPoints().addListener(trendChanged);
    showTempo();
    showTrend();
    VBox.setVgrow(tempo, Priority.ALWAYS);
    VBox.setVgrow(trend, Priority.ALWAYS);
    return new VBox(8, tempo, trend);
  }

  private void showTempo() {
    XYChart.Series<String, Number> reps = new XYChart.Series<>();
    reps.setName("this session");
    viewModel
        .repPoints()
        .forEach(
            p -> reps.getData().add(new XYChart.Data<>(Integer.toString(p.number()), p.seconds())));
    tempo.getData().setAll(reps);
    double bound = viewModel.boundProperty().get();
    if (!Double.isNaN(bound) && !viewModel.repPoints().isEmpty()) {
      XYChart.Series<String, Number> line = new XYChart.Series<>();
      line.setName("bound");
      viewModel
          .repPoints()
          .forEach(
              p -> line.getData().add(new XYChart.Data<>(Integer.toString(p.number()), bound)));
      tempo.getData().add(line);
    }
  }

  private void showTrend() {
    XYChart.Series<String, Number> points = new XYChart.Series<>();
    points.setName("mean");
    viewModel
        .trendPoints()
        .forEach(p -> points.getData().add(new XYChart.Data<>(p.label(), p.seconds())));
    trend.getData().setAll(points);
    double bound = viewModel.boundProperty().get();
    if (!Double.isNaN(bound) && !viewModel.trendPoints().isEmpty()) {
      XYChart.Series<String, Number> line = new XYChart.Series<>();
      line.setName("bound");
      viewModel
          .trendPoints()
          .forEach(p -> line.getData().add(new XYChart.Data<>(p.label(), bound)));
      trend.getData().add(line);
    }
  }

  private static Label label(String styleClass) {
    Label l = new Label();
    l.getStyleClass().add(styleClass);
    return l;
  }
}
