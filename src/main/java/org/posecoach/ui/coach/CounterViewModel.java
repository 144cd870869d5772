package org.posecoach.ui.coach;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.posecoach.motion.vocabulary.MotionEvent;
import org.posecoach.motion.vocabulary.Side;
import org.posecoach.routine.RoutineStep;
import org.posecoach.routine.Sides;

/**
 * The counter: one number, or one per side for a step done on both sides, with the target and the
 * unit under it. Counts come from the engine's rep and hold events (see {@link StepTally}).
 */
public final class CounterViewModel {
  private final StepTally tally = new StepTally();
  private RoutineStep step;

  private final ReadOnlyBooleanWrapper sided = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("0");
  private final ReadOnlyStringWrapper leftCount = new ReadOnlyStringWrapper("0");
  private final ReadOnlyStringWrapper rightCount = new ReadOnlyStringWrapper("0");
  private final ReadOnlyStringWrapper target = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper unit = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<Side> activeSide = new ReadOnlyObjectWrapper<>();

  /** A new step: nothing counted yet. */
  void showStep(RoutineStep newStep) {
    step = newStep;
    tally.reset();
    sided.set(step.sides().sides() == Sides.BOTH);
    target.set("of " + step.reps());
    unit.set(unitOf(step));
    showCounts();
  }

  private static String unitOf(RoutineStep step) {
    String what = step.isTimedHold() ? "holds" : "reps";
    return switch (step.sides().sides()) {
      case NONE -> what;
      case BOTH -> what + " each side";
      case LEFT -> what + " · left side";
      case RIGHT -> what + " · right side";
    };
  }

  void rep(MotionEvent.RepCounted rep) {
    tally.rep(rep);
    showCounts();
  }

  void hold(MotionEvent.HoldCompleted hold) {
    tally.hold(hold);
    showCounts();
  }

  /** The side being worked now, highlighted; null for none. */
  void showSide(Side side) {
    activeSide.set(side);
  }

  private void showCounts() {
    int shown =
        switch (step.sides().sides()) {
          case NONE, BOTH -> tally.total();
          case LEFT -> tally.left();
          case RIGHT -> tally.right();
        };
    count.set(Integer.toString(shown));
    leftCount.set(Integer.toString(tally.left()));
    rightCount.set(Integer.toString(tally.right()));
  }

  /** The counter as text, e.g. "5 of 5" or "L 10 · R 9 of 10": what a step ended on. */
  String summary() {
    return (sided.get() ? "L " + leftCount.get() + " · R " + rightCount.get() : count.get())
        + " of "
        + step.reps();
  }

  /** True for a step done on both sides: two counters instead of one. */
  public ReadOnlyBooleanProperty sidedProperty() {
    return sided.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty countProperty() {
    return count.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty leftCountProperty() {
    return leftCount.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty rightCountProperty() {
    return rightCount.getReadOnlyProperty();
  }

  /** "of 10". */
  public ReadOnlyStringProperty targetProperty() {
    return target.getReadOnlyProperty();
  }

  /** "reps each side", "holds · left side", … */
  public ReadOnlyStringProperty unitProperty() {
    return unit.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Side> activeSideProperty() {
    return activeSide.getReadOnlyProperty();
  }
}
