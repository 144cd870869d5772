package org.posecoach.store;

import org.posecoach.PoseCoachException;

/**
 * The history cannot be used: its database is locked by another program, damaged, written by a
 * newer Pose Coach, or in a folder that cannot be written. The message says what to do and is meant
 * to be shown to the user as it is.
 */
public class StoreException extends PoseCoachException {

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
