package org.posecoach.ui.start;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The start screen's banner for a session that was cut short (a crash, a kill): what it kept, a
 * button to see it and one to put the banner away. Hidden until {@link #show}.
 */
public final class InterruptionBanner {
  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper visible = new ReadOnlyBooleanWrapper(false);
  private Runnable seeIt = () -> {};

  /** Shows {@code sentence}; "See it" runs {@code seeIt}. */
  public void show(String sentence, Runnable seeIt) {
    this.seeIt = seeIt;
    text.set(sentence);
    visible.set(true);
  }

  /** Opens the interrupted session, and the banner has done its work. */
  public void see() {
    visible.set(false);
    seeIt.run();
  }

  public void dismiss() {
    visible.set(false);
  }

  public ReadOnlyStringProperty textProperty() {
    return text.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty visibleProperty() {
    return visible.getReadOnlyProperty();
  }
}
