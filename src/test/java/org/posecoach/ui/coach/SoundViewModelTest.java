package org.posecoach.ui.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    assertTrue(sound.keysHintProperty().get().endsWith("sound off"));
  }

  @Test
  void theKeysHintSaysWhetherTheSoundIsOn() {
    SoundViewModel sound = new SoundViewModel(chime, true);
    assertTrue(sound.keysHintProperty().get().endsWith("sound off"));
    assertEquals(
        "Space pause · N next · R repeat\nEsc end · M sound off", sound.keysHintProperty().get());
    sound.toggleMute();
    assertTrue(sound.keysHintProperty().get().endsWith("sound on"));
    assertEquals(
        "Space pause · N next · R repeat\nEsc end · M sound on", sound.keysHintProperty().get());
  }

  @Test
  void mIsAlsoTheVoicesMute() {
    SoundViewModel sound = new SoundViewModel(chime, false);
    assertEquals(false, sound.mutedProperty().get());
    sound.toggleMute();
    assertTrue(sound.mutedProperty().get(), "the voice listens to this");
  }
}
