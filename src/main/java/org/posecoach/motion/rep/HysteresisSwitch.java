package org.posecoach.motion.rep;

/**
 * Two thresholds with a dead band between them, and a minimum time above the upper one before the
 * switch turns on: the core of every repetition counter here.
 *
 * <p>The switch turns {@link State#ON} once the value has stayed at or above the on-threshold for
 * {@code minOnSeconds}, and {@link State#OFF} as soon as it falls to or below the off-threshold.
 * Between the two nothing changes, so a value jittering around either threshold cannot flip it back
 * and forth. Thresholds are passed with every sample because calibration moves them.
 *
 * <pre>{@code
 * HysteresisSwitch sw = new HysteresisSwitch(0.15);
 * sw.update(0.00, 0.8, 0.5, 0.25);  // OFF: above 0.5, not yet for 0.15 s
 * sw.update(0.20, 0.7, 0.5, 0.25);  // ON
 * sw.update(0.40, 0.4, 0.5, 0.25);  // still ON: in the dead band
 * sw.update(0.60, 0.2, 0.5, 0.25);  // OFF
 * }</pre>
 */
public final class HysteresisSwitch {

  /** Whether the value is considered above (on) or below (off). */
  public enum State {
    OFF,
    ON
  }

  private final double minOnSeconds;
  private State state = State.OFF;
  private double aboveSince = Double.NaN;
  private double onSince = Double.NaN;

  /**
   * @param minOnSeconds how long the value must stay above the on-threshold to switch on
   */
  public HysteresisSwitch(double minOnSeconds) {
    if (!(minOnSeconds >= 0)) {
      throw new IllegalArgumentException("minimum on time must be >= 0");
    }
    this.minOnSeconds = minOnSeconds;
  }

  public void reset() {
    state = State.OFF;
    aboveSince = Double.NaN;
    onSince = Double.NaN;
  }

  /**
   * @param timeSeconds sample time
   * @param value the sample
   * @param onThreshold switch on at or above this (after the minimum time)
   * @param offThreshold switch off at or below this; must not exceed {@code onThreshold}
   * @return the state after this sample
   */
  public State update(double timeSeconds, double value, double onThreshold, double offThreshold) {
    if (offThreshold > onThreshold) {
      throw new IllegalArgumentException(
          "off threshold " + offThreshold + " above on threshold " + onThreshold);
    }
    if (state == State.OFF) {
      if (value >= onThreshold) {
        if (Double.isNaN(aboveSince)) {
          aboveSince = timeSeconds;
        }
        if (timeSeconds - aboveSince >= minOnSeconds) {
          state = State.ON;
          onSince = aboveSince;
        }
      } else {
        aboveSince = Double.NaN;
      }
    } else if (value <= offThreshold) {
      state = State.OFF;
      aboveSince = Double.NaN;
      onSince = Double.NaN;
    }
    return state;
  }

  public boolean isOn() {
    return state == State.ON;
  }

  /** When the value first rose above the on-threshold for the current on period; NaN when off. */
  public double onSinceSeconds() {
    return onSince;
  }
}
