package org.posecoach.ui.coach;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.posecoach.motion.AnalyzerSnapshot;
import org.posecoach.motion.vocabulary.AnalyzerState;
import org.posecoach.routine.CameraPlacement;
import org.posecoach.routine.RoutineStep;
import org.posecoach.session.SetUpGuidance;
import org.posecoach.ui.Placement;

/**
 * The guidance card over the video until counting starts ("Step into the frame", then the start
 * position), and the framing guide drawn while nobody is in the picture.
 */
public final class GuidanceViewModel {
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper visible = new ReadOnlyBooleanWrapper(true);
  private final ReadOnlyObjectWrapper<CameraPlacement> placement = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<CameraPlacement> guide = new ReadOnlyObjectWrapper<>();
  private boolean personVisible;

  /** A new step: where it wants the laptop. */
  void showStep(RoutineStep step) {
    placement.set(step.camera());
    showGuide();
  }

  /** While the step is live (getting ready or counting): what to do until counting starts. */
  void show(AnalyzerSnapshot a, RoutineStep step) {
    personVisible = a.state() != AnalyzerState.NO_PERSON;
    SetUpGuidance.of(a).ifPresent(title::set);
    switch (a.state()) {
      case NO_PERSON -> detail.set(Placement.describe(step.camera()));
      case GETTING_INTO_POSITION ->
          detail.set(step.title() + ": " + Placement.describe(step.camera()));
      case ACTIVE -> {}
    }
    visible.set(a.state() != AnalyzerState.ACTIVE);
    showGuide();
  }

  /** Resting, paused or over: no card, and so no guide, until the step is live again. */
  void hide() {
    visible.set(false);
    showGuide();
  }

  /** The guide goes with the card, and only while nobody is in the picture to frame. */
  private void showGuide() {
    guide.set(visible.get() && !personVisible ? placement.get() : null);
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty detailProperty() {
    return detail.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty visibleProperty() {
    return visible.getReadOnlyProperty();
  }

  /** Where the current step wants the laptop. */
  public ReadOnlyObjectProperty<CameraPlacement> placementProperty() {
    return placement.getReadOnlyProperty();
  }

  /** The framing guide to draw over the video: the step's placement, null when none is drawn. */
  public ReadOnlyObjectProperty<CameraPlacement> guideProperty() {
    return guide.getReadOnlyProperty();
  }
}
