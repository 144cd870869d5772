package org.posecoach.models;

import org.posecoach.PoseCoachException;

/**
 * A model that cannot be had: npm missing, offline, a hash that differs, an unknown id. The message
 * says what is wrong and what to do, and is meant to be shown to the user as it is.
 */
public class ModelException extends PoseCoachException {

  public ModelException(String message) {
    super(message);
  }

  public ModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
