package org.posecoach.source;

import org.posecoach.PoseCoachException;

/** Input that cannot be used: a missing, unreadable or unsupported file or device. */
public class SourceException extends PoseCoachException {

  public SourceException(String message) {
    super(message);
  }

  public SourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
