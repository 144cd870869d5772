package org.posecoach.ui.coach;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The card that says the video was lost, and that the session so far is kept. */
public final class ProblemViewModel {
  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper visible = new ReadOnlyBooleanWrapper(false);

  /**
   * @param why the stream's error, written for the user
   */
  void videoLost(String why) {
    text.set(
        "Lost the video: "
            + why
            + "\nYour session up to here is saved. Press Enter for the summary.");
    visible.set(true);
  }

  public ReadOnlyStringProperty textProperty() {
    return text.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty visibleProperty() {
    return visible.getReadOnlyProperty();
  }
}
