package org.posecoach.motion.position;

import java.util.Objects;

/**
 * Holds a value steady until a new one has persisted for a settling time, so a per-frame guess that
 * flickers for a frame or two does not flip the result.
 *
 * <pre>{@code
 * Debouncer<BodyPosition> d = new Debouncer<>(BodyPosition.UNKNOWN, 0.3);
 * d.update(0.0, BodyPosition.HANDS_AND_KNEES);  // still UNKNOWN
 * d.update(0.3, BodyPosition.HANDS_AND_KNEES);  // HANDS_AND_KNEES
 * }</pre>
 *
 * @param <T> the value type (compared with equals)
 */
public final class Debouncer<T> {

  private final double settleSeconds;
  private final T initial;
  private T stable;
  private T candidate;
  private double candidateSince = Double.NaN;

  /**
   * @param initial the value before any update
   * @param settleSeconds how long a new value must persist to be taken
   */
  public Debouncer(T initial, double settleSeconds) {
    this.initial = Objects.requireNonNull(initial, "initial");
    this.stable = initial;
    this.settleSeconds = settleSeconds;
  }

  /**
   * @return the stable value after this observation
   */
  public T update(double timeSeconds, T observed) {
    Objects.requireNonNull(observed, "observed");
    if (observed.equals(stable)) {
      candidate = null;
      candidateSince = Double.NaN;
    } else if (!observed.equals(candidate)) {
      candidate = observed;
      candidateSince = timeSeconds;
    }
    if (candidate != null && timeSeconds - candidateSince >= settleSeconds) {
      stable = candidate;
      candidate = null;
      candidateSince = Double.NaN;
    }
    return stable;
  }

  public T value() {
    return stable;
  }

  public void reset() {
    stable = initial;
    candidate = null;
    candidateSince = Double.NaN;
  }
}
