package org.posecoach.ui.summary;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.Side;
import org.posecoach.routine.ExerciseInfo;
import org.posecoach.routine.Routine;
import org.posecoach.routine.RoutineStep;
import org.posecoach.routine.Seconds;
import org.posecoach.routine.Sides;
import org.posecoach.store.ExerciseTrend;
import org.posecoach.store.FormEventRecord;
import org.posecoach.store.SessionDetail;
import org.posecoach.store.SessionStatus;
import org.posecoach.store.StepDetail;
import org.posecoach.store.StepStatus;
import org.posecoach.store.TrendPoint;

/**
 * The summary of a finished session, from what the history recorded: a row per step (done against
 * target, tempo, form notes), the selected step's time per rep against the routine's bound, its
 * exercise's trend over past sessions, and every form note. No scene graph; the view binds.
 */
public final class SummaryViewModel {
  /** Sessions shown in the trend: the last ten, about two weeks of mornings. */
  static final int TREND_SESSIONS = 10;

  private static final DateTimeFormatter TREND_DATE =
      DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter TITLE_DATE =
      DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.ENGLISH);

  /**
   * A row of the steps table.
   *
   * @param done counted against target, e.g. "6 of 6" or "L 10 · R 9 of 10"
   * @param status how the step ended, in words: "completed", "partly done", "not reached", …
   * @param tempo e.g. "3.6 s avg · 1 too fast"
   * @param notes form notes in the step
   */
  public record StepRow(String step, String done, String status, String tempo, String notes) {}

  /**
   * One rep (or hold) in the tempo chart.
   *
   * @param number its number in the step
   * @param seconds how long it took (a hold: how long it was held)
   */
  public record RepPoint(int number, double seconds) {}

  /** One past session in the trend chart. */
  public record SessionPoint(String label, double seconds) {}

  private final Optional<SessionDetail> detail;
  private final Routine routine;
  private final Map<ExerciseId, ExerciseTrend> trends;
  private final ZoneId zone;
  private final Runnable onNewSession;
  private final Runnable onQuit;

  private final StringProperty title = new SimpleStringProperty("");
  private final StringProperty subtitle = new SimpleStringProperty("");
  private final StringProperty note = new SimpleStringProperty("");
  private final StringProperty noFormNotes = new SimpleStringProperty("");
  private final ObservableList<StepRow> rows = FXCollections.observableArrayList();
  private final IntegerProperty selected = new SimpleIntegerProperty(-1);
  private final StringProperty tempoTitle = new SimpleStringProperty("");
  private final ObservableList<RepPoint> repPoints = FXCollections.observableArrayList();
  private final DoubleProperty bound = new SimpleDoubleProperty(Double.NaN);
  private final StringProperty trendTitle = new SimpleStringProperty("");
  private final ObservableList<SessionPoint> trendPoints = FXCollections.observableArrayList();
  private final ObservableList<String> formNotes = FXCollections.observableArrayList();

  /**
   * @param detail the session as recorded; empty when nothing could be recorded
   * @param routine the routine it ran (step titles and tempo bounds)
   * @param trends per exercise of the session, its history (this session included)
   * @param endNote why the session ended early (a lost camera), or empty
   * @param zone the time zone dates are shown in
   */
  public SummaryViewModel(
      Optional<SessionDetail> detail,
      Routine routine,
      Map<ExerciseId, ExerciseTrend> trends,
      Optional<String> endNote,
      ZoneId zone,
      Runnable onNewSession,
      Runnable onQuit) {
    this.detail = Objects.requireNonNull(detail, "detail");
    this.routine = Objects.requireNonNull(routine, "routine");
    this.trends = Map.copyOf(trends);
    this.zone = zone;
    this.onNewSession = onNewSession;
    this.onQuit = onQuit;
    note.set(endNote.orElse(""));
    showHeader();
    detail.ifPresent(this::showSteps);
    noFormNotes.set(
        detail.map(d -> d.session().reps() + d.session().holds() > 0).orElse(false)
            ? "No form notes: smooth work."
            : "Nothing was counted, so there is no form to note.");
    selected.addListener((o, a, b) -> showSelected());
    select(firstStepWithCounts());
  }

  // ------------------------------------------------------------------ commands

  /** Shows the charts of the {@code row}-th step. */
  public void select(int row) {
    if (row >= 0 && row < rows.size()) {
      selected.set(row);
    }
  }

  public void newSession() {
    onNewSession.run();
  }

  public void quit() {
    onQuit.run();
  }

  // ------------------------------------------------------------------ building the summary

  private void showHeader() {
    if (detail.isEmpty()) {
      title.set(routine.name() + " — nothing recorded");
      subtitle.set("The history could not record this session.");
      return;
    }
    var s = detail.get().session();
    title.set(
        routine.name()
            + (s.status() == SessionStatus.COMPLETED ? " — complete" : " — ended early"));
    String when = TITLE_DATE.format(s.startedAt().atZone(zone));
    String length = s.duration().map(SummaryViewModel::minutes).orElse("");
    subtitle.set(
        String.join(
            " · ",
            when,
            length,
            stepsDone(detail.get()),
            s.reps() + " reps" + (s.holds() > 0 ? ", " + s.holds() + " holds" : ""),
            s.formEvents() + (s.formEvents() == 1 ? " form note" : " form notes")));
  }

  /** "2 of 6 steps completed, 1 partly done": a step with reps is not hidden among the undone. */
  static String stepsDone(SessionDetail d) {
    var s = d.session();
    int partly = d.stepsPartlyDone();
    return s.stepsCompleted()
        + " of "
        + s.plannedSteps()
        + " steps completed"
        + (partly > 0 ? ", " + partly + " partly done" : "");
  }

  private static String minutes(Duration d) {
    long s = Math.max(0, d.getSeconds());
    return s < 60 ? s + " s" : s / 60 + ":" + String.format(Locale.ROOT, "%02d", s % 60) + " min";
  }

  private void showSteps(SessionDetail d) {
    int lastPosition = 0;
    for (StepDetail step : d.steps()) {
      lastPosition = Math.max(lastPosition, step.step().position());
      rows.add(row(step));
      // A step that counted nothing says why first: that is what the user needs to change.
      if (step.reps().isEmpty() && step.holds().isEmpty()) {
        step.step().reason().ifPresent(r -> formNotes.add(titleOf(step) + ": " + r));
      }
      step.step().check().ifPresent(c -> formNotes.add(titleOf(step) + ": " + c));
      for (FormEventRecord e : step.formEvents()) {
        formNotes.add(formNote(step, e));
      }
    }
    if (d.session().status() != SessionStatus.IN_PROGRESS
        && d.session().plannedSteps() == routine.steps().size()) {
      for (int i = lastPosition; i < routine.steps().size(); i++) {
        rows.add(
            new StepRow(
                routine.steps().get(i).title(), "–", StepStatus.NOT_REACHED.word(), "–", "–"));
      }
    }
  }

  private StepRow row(StepDetail d) {
    RoutineStep plan = planOf(d);
    boolean holds = plan != null ? plan.isTimedHold() : !d.holds().isEmpty();
    String done =
        holds
            ? counted(d, d.holds().stream().map(h -> h.side()).toList())
            : counted(d, d.reps().stream().map(r -> r.side()).toList());
    String tempo;
    if (holds) {
      tempo =
          d.holds().isEmpty()
              ? "–"
              : String.format(
                  Locale.ROOT,
                  "%.0f s held avg",
                  d.holds().stream().mapToDouble(h -> h.heldSeconds()).average().orElse(0));
    } else if (d.reps().isEmpty()) {
      tempo = "–";
    } else {
      double min = plan != null ? plan.tempo().minRepSeconds() : 0;
      long fast = d.reps().stream().filter(r -> r.durationSeconds() < min).count();
      tempo =
          String.format(
                  Locale.ROOT,
                  "%.1f s avg",
                  d.reps().stream().mapToDouble(r -> r.durationSeconds()).average().orElse(0))
              + (fast > 0 ? " · " + fast + " too fast" : "");
    }
    int n = d.formEvents().size();
    return new StepRow(
        titleOf(d), done, d.step().status().word(), tempo, n == 0 ? "–" : Integer.toString(n));
  }

  /** "6 of 6", or per side "L 10 · R 9 of 10", as the coach's banner says it. */
  private static String counted(StepDetail d, List<Optional<Side>> sides) {
    int target = d.step().targetReps();
    if (d.step().sides() == Sides.BOTH) {
      long left = sides.stream().filter(s -> s.equals(Optional.of(Side.LEFT))).count();
      long right = sides.stream().filter(s -> s.equals(Optional.of(Side.RIGHT))).count();
      return "L " + left + " · R " + right + " of " + target;
    }
    return sides.size() + " of " + target;
  }

  private String formNote(StepDetail step, FormEventRecord e) {
    String side = e.side().map(s -> ", " + s.id()).orElse("");
    return clock(e.timeSeconds())
        + "   "
        + titleOf(step)
        + ": "
        + e.message()
        + "  ("
        + e.severity()
        + side
        + ")";
  }

  private int firstStepWithCounts() {
    if (detail.isEmpty()) {
      return -1;
    }
    List<StepDetail> steps = detail.get().steps();
    for (int i = 0; i < steps.size(); i++) {
      if (!steps.get(i).reps().isEmpty() || !steps.get(i).holds().isEmpty()) {
        return i;
      }
    }
    return steps.isEmpty() ? -1 : 0;
  }

  private void showSelected() {
    int i = selected.get();
    if (detail.isEmpty() || i < 0 || i >= detail.get().steps().size()) {
      return;
    }
    StepDetail d = detail.get().steps().get(i);
    RoutineStep plan = planOf(d);
    boolean holds = plan != null ? plan.isTimedHold() : !d.holds().isEmpty();
    List<RepPoint> points = new ArrayList<>();
    if (holds) {
      d.holds().forEach(h -> points.add(new RepPoint(h.index(), h.heldSeconds())));
      bound.set(d.step().targetHoldSeconds());
      tempoTitle.set(titleOf(d) + " · seconds held (aim " + Seconds.text(bound.get()) + ")");
    } else {
      d.reps().forEach(r -> points.add(new RepPoint(r.index(), r.durationSeconds())));
      double min = plan != null ? plan.tempo().minRepSeconds() : 0;
      bound.set(min > 0 ? min : Double.NaN);
      tempoTitle.set(
          titleOf(d)
              + " · seconds per rep"
              + (min > 0 ? " (at least " + Seconds.text(min) + ")" : ""));
    }
    repPoints.setAll(points);
    showTrend(d.step().exercise(), holds, titleOf(d));
  }

  private void showTrend(ExerciseId exercise, boolean holds, String name) {
    List<TrendPoint> all =
        trends.getOrDefault(exercise, new ExerciseTrend(exercise, List.of())).points();
    ToDoubleFunction<TrendPoint> value =
        holds ? p -> orNaN(p.meanHeldSeconds()) : p -> orNaN(p.meanRepSeconds());
    List<SessionPoint> points = new ArrayList<>();
    for (TrendPoint p : all.subList(Math.max(0, all.size() - TREND_SESSIONS), all.size())) {
      double v = value.applyAsDouble(p);
      if (!Double.isNaN(v)) {
        points.add(new SessionPoint(TREND_DATE.format(p.startedAt().atZone(zone)), v));
      }
    }
    trendPoints.setAll(points);
    String measure = holds ? "mean seconds held" : "mean s per rep";
    trendTitle.set(
        points.size() <= 1
            ? name + " trend: first session so far"
            : name + " trend: " + measure + ", " + points.size() + " sessions");
  }

  private static double orNaN(OptionalDouble v) {
    return v.isPresent() ? v.getAsDouble() : Double.NaN;
  }

  /** The routine step a recorded step ran, by its position; null if the routine changed since. */
  private RoutineStep planOf(StepDetail d) {
    int i = d.step().position() - 1;
    if (i < 0 || i >= routine.steps().size()) {
      return null;
    }
    RoutineStep step = routine.steps().get(i);
    return step.exercise().equals(d.step().exercise()) ? step : null;
  }

  private String titleOf(StepDetail d) {
    RoutineStep plan = planOf(d);
    if (plan != null) {
      return plan.title();
    }
    return ExerciseInfo.of(d.step().exercise()).title();
  }

  private static String clock(double seconds) {
    long s = (long) Math.max(0, seconds);
    return s / 60 + ":" + String.format(Locale.ROOT, "%02d", s % 60);
  }

  // ------------------------------------------------------------------ properties

  public StringProperty titleProperty() {
    return title;
  }

  public StringProperty subtitleProperty() {
    return subtitle;
  }

  /** What the form notes say when there are none: praise only when something was done. */
  public StringProperty noFormNotesProperty() {
    return noFormNotes;
  }

  /** Why the session ended early (a lost camera), or empty. */
  public StringProperty noteProperty() {
    return note;
  }

  public ObservableList<StepRow> rows() {
    return rows;
  }

  /** The row whose charts are shown; -1 when there is none. */
  public IntegerProperty selectedProperty() {
    return selected;
  }

  public StringProperty tempoTitleProperty() {
    return tempoTitle;
  }

  public ObservableList<RepPoint> repPoints() {
    return repPoints;
  }

  /** The least seconds per rep (or the hold's target) as a line in the chart; NaN for none. */
  public DoubleProperty boundProperty() {
    return bound;
  }

  public StringProperty trendTitleProperty() {
    return trendTitle;
  }

  public ObservableList<SessionPoint> trendPoints() {
    return trendPoints;
  }

  public ObservableList<String> formNotes() {
    return formNotes;
  }
}
