package org.posecoach.speech;

import org.posecoach.PoseCoachException;

/** The voice cannot speak: no synthesizer, or it failed. The message is written for the user. */
public final class SpeechException extends PoseCoachException {
  public SpeechException(String message) {
    super(message);
  }

  public SpeechException(String message, Throwable cause) {
    super(message, cause);
  }
}
