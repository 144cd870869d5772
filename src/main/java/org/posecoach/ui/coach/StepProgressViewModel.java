package org.posecoach.ui.coach;

import java.util.Locale;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.posecoach.routine.RoutineStep;

/** The top bar: the step's title, which step of how many, one segment per step, the clock. */
public final class StepProgressViewModel {
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("");
  private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(0);
  private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(0);
  private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper("0:00");

  /**
   * @param stepCount how many steps the routine has
   */
  StepProgressViewModel(int stepCount) {
    count.set(stepCount);
  }

  void showStep(int stepIndex, RoutineStep step) {
    index.set(stepIndex);
    title.set(step.title());
    position.set("Step " + (stepIndex + 1) + " of " + count.get());
  }

  /** The session's clock, e.g. "2:05". */
  void showElapsed(double seconds) {
    long s = (long) Math.max(0, seconds);
    elapsed.set(s / 60 + ":" + String.format(Locale.ROOT, "%02d", s % 60));
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  /** "Step 2 of 6". */
  public ReadOnlyStringProperty positionProperty() {
    return position.getReadOnlyProperty();
  }

  /** The step on screen, from 0. */
  public ReadOnlyIntegerProperty indexProperty() {
    return index.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty countProperty() {
    return count.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty elapsedProperty() {
    return elapsed.getReadOnlyProperty();
  }
}
