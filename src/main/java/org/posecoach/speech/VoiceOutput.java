package org.posecoach.speech;

/** Where the scheduled utterances go: the sound card live, an audio track when recording. */
@FunctionalInterface
public interface VoiceOutput {
  /** Says {@code utterance}; must return at once (called on the frame thread). */
  void speak(Utterance utterance);
}
