package org.posecoach.ui.coach;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The chime on each count, unless muted, and the keys hint that says whether the sound is on. */
public final class SoundViewModel {
  private final Chime chime;
  private boolean muted;
  private final ReadOnlyStringWrapper keysHint = new ReadOnlyStringWrapper();
  private final ReadOnlyBooleanWrapper mutedState = new ReadOnlyBooleanWrapper();

  /**
   * @param startMuted start with the sound off
   */
  SoundViewModel(Chime chime, boolean startMuted) {
    this.chime = Objects.requireNonNull(chime, "chime");
    setMuted(startMuted);
  }

  void toggleMute() {
    setMuted(!muted);
  }

  private void setMuted(boolean off) {
    muted = off;
    mutedState.set(off);
    keysHint.set("Space pause · N next · R repeat\nEsc end · M sound " + (off ? "off" : "on"));
  }

  void repCounted() {
    if (!muted) {
      chime.repCounted();
    }
  }

  void holdCompleted() {
    if (!muted) {
      chime.holdCompleted();
    }
  }

  /** Whether M has silenced the coach: the voice follows it. */
  public ReadOnlyBooleanProperty mutedProperty() {
    return mutedState.getReadOnlyProperty();
  }

  /** The keys the coach view answers to, and whether the sound is on. */
  public ReadOnlyStringProperty keysHintProperty() {
    return keysHint.getReadOnlyProperty();
  }
}
