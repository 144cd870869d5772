package org.posecoach.ui.coach;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.posecoach.routine.Routine;
import org.posecoach.routine.RoutineStep;
import org.posecoach.session.SessionPhase;
import org.posecoach.session.SessionSnapshot;

/**
 * The rest card between steps (seconds left, what comes next) and the pause card. A rest that is
 * paused counts as both; the view shows the pause card over it.
 */
public final class RestViewModel {
  private final Routine routine;

  private final ReadOnlyBooleanWrapper resting = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper("");
  private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(0);
  private final ReadOnlyStringWrapper nextStep = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper nextInstructions = new ReadOnlyStringWrapper("");

  RestViewModel(Routine routine) {
    this.routine = routine;
  }

  /** The session's phase now, and while resting the time left and the next step. */
  void show(SessionSnapshot s) {
    SessionPhase phase = s.phase();
    paused.set(phase == SessionPhase.PAUSED);
    resting.set(
        phase == SessionPhase.REST
            || (phase == SessionPhase.PAUSED && s.restRemainingSeconds() > 0));
    if (resting.get()) {
      showRest(s);
    }
  }

  private void showRest(SessionSnapshot s) {
    countdown.set(Long.toString((long) Math.ceil(s.restRemainingSeconds())));
    fraction.set(
        s.restSeconds() > 0 ? Fractions.clamp01(s.restRemainingSeconds() / s.restSeconds()) : 0);
    int next = s.stepIndex() + 1;
    if (next < routine.steps().size()) {
      RoutineStep step = routine.steps().get(next);
      nextStep.set("Next: " + step.title());
      nextInstructions.set(step.instructions());
    } else {
      nextStep.set("Last step done");
      nextInstructions.set("");
    }
  }

  /** The session is over: neither resting nor paused. */
  void end() {
    resting.set(false);
    paused.set(false);
  }

  public ReadOnlyBooleanProperty restingProperty() {
    return resting.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty pausedProperty() {
    return paused.getReadOnlyProperty();
  }

  /** Whole seconds of rest left, rounded up: "8". */
  public ReadOnlyStringProperty countdownProperty() {
    return countdown.getReadOnlyProperty();
  }

  /** The rest still to go, from 1 when it starts to 0. */
  public ReadOnlyDoubleProperty fractionProperty() {
    return fraction.getReadOnlyProperty();
  }

  /** "Next: Prayer stretch", or "Last step done". */
  public ReadOnlyStringProperty nextStepProperty() {
    return nextStep.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty nextInstructionsProperty() {
    return nextInstructions.getReadOnlyProperty();
  }
}
