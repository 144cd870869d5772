package org.posecoach.ui.live;

/**
 * Events per second over the last second, from a running count sampled now and then (each rendered
 * frame, each pose): the rate the corner of the coach view shows.
 *
 * <pre>{@code
 * RateMeter fps = new RateMeter();
 * fps.sample(System.nanoTime(), framesDrawn);   // once per pulse
 * fps.perSecond();                               // e.g. 30.0
 * }</pre>
 *
 * Not thread-safe: one thread samples and reads.
 */
public final class RateMeter {
  /** The rate is measured over this window: long enough to be steady, short enough to follow. */
  private static final long WINDOW_NANOS = 1_000_000_000L;

  /** Samples kept: a second of 240 Hz pulses, more than any screen delivers. */
  private static final int CAPACITY = 256;

  private final long[] times = new long[CAPACITY];
  private final long[] counts = new long[CAPACITY];
  private int newest = -1;
  private int size;

  /** Records that {@code count} events had happened in all by {@code nanos}. */
  public void sample(long nanos, long count) {
    newest = (newest + 1) % CAPACITY;
    times[newest] = nanos;
    counts[newest] = count;
    size = Math.min(size + 1, CAPACITY);
  }

  /**
   * Events per second between the oldest sample within the window and the newest; 0 until two
   * samples lie apart.
   */
  public double perSecond() {
    if (size < 2) {
      return 0;
    }
    int oldest = newest;
    for (int i = 1; i < size; i++) {
      int candidate = Math.floorMod(newest - i, CAPACITY);
      if (times[newest] - times[candidate] > WINDOW_NANOS) {
        break;
      }
      oldest = candidate;
    }
    long span = times[newest] - times[oldest];
    return span <= 0 ? 0 : (counts[newest] - counts[oldest]) * 1e9 / span;
  }
}
