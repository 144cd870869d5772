package org.posecoach.ui.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SoundViewModelTest {
  private final Snapshots.CountingChime chime = new Snapshots.CountingChime();

  @Test
  void countsChimeUntilMuted() {
    SoundViewModel sound = new SoundViewModel(chime, false);
    sound.repCounted();
    sound.holdCompleted();
    assertEquals(1, chime.reps);
    assertEquals(1, chime.holds);
    sound.toggleMute();
    sound.repCounted();
    sound.holdCompleted();
    assertEquals(1, chime.reps);
    assertEquals(1, chime.holds);
    assertTrue(sound.mutedProperty().get());
  }

  @Test
  void theKeysHintSaysWhetherTheSoundIsOn() {
    SoundViewModel sound = new SoundViewModel(chime, true);
    assertTrue(sound.mutedProperty().get());
    assertEquals(
        "Space pause · N next · R repeat\nEsc end · M sound off", sound.keysHintProperty().get());
    sound.toggleMute();
    assertFalse(sound.mutedProperty().get());
    assertEquals(
        "Space pause · N next · R repeat\nEsc end · M sound on", sound.keysHintProperty().get());
  }
}
