package org.posecoach.store;

/** A session's number in the history ({@code history show 12}). */
public record SessionId(long value) {
  @Override
  public String toString() {
    return Long.toString(value);
  }
}
