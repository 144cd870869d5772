package org.posecoach.speech;

/** Turns text into a spoken clip. May take a while: never call it on the frame thread. */
@FunctionalInterface
public interface Synthesizer {
  /**
   * @throws SpeechException when the text cannot be spoken
   */
  SpeechClip synthesize(String text);
}
