package org.posecoach.pose;

/** Inference failed on a frame for a reason other than "no person in it". */
public class PoseEstimationException extends RuntimeException {

  public PoseEstimationException(String message, Throwable cause) {
    super(message, cause);
  }
}
