package org.posecoach;

/**
 * A failure the user can cause and fix: a model that cannot be had, input that cannot be read, a
 * history that cannot be used. Its message says what is wrong and what to do, written for the user;
 * the command line prints it as it is, without a stack trace, and exits with its user-error code.
 * Each stage keeps its own subclass, so a caller can still tell a model problem from a source one.
 */
public abstract class PoseCoachException extends RuntimeException {

  protected PoseCoachException(String message) {
    super(message);
  }

  protected PoseCoachException(String message, Throwable cause) {
    super(message, cause);
  }
}
