package org.posecoach.store;

/**
 * A step's number in the history; one per time a step is started (a repeated step gets a new one).
 */
public record StepId(long value) {
  @Override
  public String toString() {
    return Long.toString(value);
  }
}
