package org.posecoach.ui.coach;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.posecoach.motion.AnalyzerSnapshot;
import org.posecoach.motion.rep.Phase;
import org.posecoach.motion.vocabulary.AnalyzerState;
import org.posecoach.motion.vocabulary.MotionEvent;
import org.posecoach.routine.RoutineStep;
import org.posecoach.routine.Seconds;

/**
 * The tempo gauge: how far the movement is, how long the current rep has taken against the step's
 * tempo, and how long the last one took. Shown for counted steps that ask for a minimum tempo.
 */
public final class TempoViewModel {
  /**
   * The needle moves in tenths of a second: smooth to the eye, and the gauge redraws ten times a
   * second rather than on every frame.
   */
  static final double NEEDLE_STEP_SECONDS = 0.1;

  private final RepTimer repTimer = new RepTimer();

  private final ReadOnlyBooleanWrapper visible = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper("");
  private final ReadOnlyDoubleWrapper movement = new ReadOnlyDoubleWrapper(0);
  private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.REST);
  private final ReadOnlyDoubleWrapper repSeconds = new ReadOnlyDoubleWrapper(0);
  private final ReadOnlyDoubleWrapper minRepSeconds = new ReadOnlyDoubleWrapper(0);
  private final ReadOnlyDoubleWrapper maxRepSeconds = new ReadOnlyDoubleWrapper(Double.NaN);
  private final ReadOnlyDoubleWrapper lastRepSeconds = new ReadOnlyDoubleWrapper(Double.NaN);

  /** A new step: its tempo, no rep under way, none timed yet. */
  void showStep(RoutineStep step) {
    repTimer.reset();
    minRepSeconds.set(step.tempo().minRepSeconds());
    maxRepSeconds.set(
        step.tempo().maxRepSeconds().isPresent()
            ? step.tempo().maxRepSeconds().getAsDouble()
            : Double.NaN);
    caption.set("Tempo · at least " + Seconds.text(step.tempo().minRepSeconds()) + " a rep");
    lastRepSeconds.set(Double.NaN);
    visible.set(!step.isTimedHold() && step.tempo().minRepSeconds() > 0);
  }

  /** A rep was counted: it took this long, and the next starts when the movement leaves rest. */
  void counted(MotionEvent.RepCounted rep) {
    repTimer.counted();
    lastRepSeconds.set(rep.durationSeconds());
  }

  /** The movement as the analyzer sees it now; reps are timed only while it counts. */
  void show(AnalyzerSnapshot a) {
    movement.set(Fractions.clamp01(a.progress()));
    phase.set(a.phase());
    if (a.state() == AnalyzerState.ACTIVE) {
      repTimer.observe(a.phase(), a.timeSeconds());
    }
    repSeconds.set(
        Math.floor(repTimer.elapsedSeconds() / NEEDLE_STEP_SECONDS) * NEEDLE_STEP_SECONDS);
  }

  public ReadOnlyBooleanProperty visibleProperty() {
    return visible.getReadOnlyProperty();
  }

  /** "Tempo · at least 3 s a rep". */
  public ReadOnlyStringProperty captionProperty() {
    return caption.getReadOnlyProperty();
  }

  /** How far the movement is from its start (0) to its end (1). */
  public ReadOnlyDoubleProperty movementProperty() {
    return movement.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Phase> phaseProperty() {
    return phase.getReadOnlyProperty();
  }

  /** Seconds into the current rep, in tenths; 0 when none is under way. */
  public ReadOnlyDoubleProperty repSecondsProperty() {
    return repSeconds.getReadOnlyProperty();
  }

  public ReadOnlyDoubleProperty minRepSecondsProperty() {
    return minRepSeconds.getReadOnlyProperty();
  }

  /** NaN when the step sets no upper bound. */
  public ReadOnlyDoubleProperty maxRepSecondsProperty() {
    return maxRepSeconds.getReadOnlyProperty();
  }

  /** NaN until a rep of this step is counted. */
  public ReadOnlyDoubleProperty lastRepSecondsProperty() {
    return lastRepSeconds.getReadOnlyProperty();
  }
}
