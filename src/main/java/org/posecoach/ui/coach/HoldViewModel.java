package org.posecoach.ui.coach;

import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.posecoach.routine.RoutineStep;
import org.posecoach.routine.Seconds;

/** The hold ring: how much of the hold is kept, and the seconds left ("hold 10 s" before it). */
public final class HoldViewModel {
  private final ReadOnlyBooleanWrapper visible = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");

  /** A new step: shown when it holds a position, nothing held yet. */
  void showStep(RoutineStep step) {
    visible.set(step.holdSeconds() > 0);
    progress.set(0);
    text.set(label(step, 0));
  }

  /**
   * @param held the analyzer's hold progress, 0..1
   */
  void show(RoutineStep step, double held) {
    progress.set(Fractions.clamp01(held));
    text.set(label(step, held));
  }

  private static String label(RoutineStep step, double held) {
    double left = step.holdSeconds() * (1 - Fractions.clamp01(held));
    return held <= 0
        ? "hold " + Seconds.text(step.holdSeconds())
        : String.format(Locale.ROOT, "%.0f s", Math.ceil(left));
  }

  public ReadOnlyBooleanProperty visibleProperty() {
    return visible.getReadOnlyProperty();
  }

  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty textProperty() {
    return text.getReadOnlyProperty();
  }
}
