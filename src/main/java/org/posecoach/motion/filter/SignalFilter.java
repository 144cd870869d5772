package org.posecoach.motion.filter;

/**
 * Smooths a scalar signal sampled at irregular times.
 *
 * <p>Inputs: (time in seconds, raw value) in increasing time. Output: the smoothed value at that
 * time. {@link #reset()} forgets the past, so the next sample is passed through unchanged; callers
 * reset after a gap in the data instead of smoothing across it.
 *
 * <pre>{@code
 * SignalFilter f = new MedianFilter(5);
 * double steady = f.apply(0.033, rawAngle);
 * }</pre>
 */
public interface SignalFilter {

  /** Forgets all state. */
  void reset();

  /**
   * @param timeSeconds sample time; samples at or before the previous time are ignored and the last
   *     output is returned
   * @param value raw value, finite
   * @return the smoothed value
   */
  double apply(double timeSeconds, double value);
}
