package org.posecoach.motion.rep;

/**
 * Times a held position: runs only while the position is kept, and forgives short lapses.
 *
 * <p>Feed it every frame with whether the hold position is kept (a frame without a pose is a
 * lapse). A lapse shorter than the grace period counts as held, so keypoint jitter or a dropped
 * frame does not stop the clock; a longer lapse pauses it from the lapse's start until the position
 * is kept again. {@link #reset()} starts a new hold.
 *
 * <pre>{@code
 * HoldTimer timer = new HoldTimer(0.5);
 * timer.update(0.0, true);
 * timer.update(1.0, true);
 * timer.update(1.2, false);   // jitter
 * timer.update(1.4, true);    // back within 0.5 s: the lapse counts
 * timer.heldSeconds();        // 1.4
 * }</pre>
 */
public final class HoldTimer {

  private final double graceSeconds;
  private double accumulated;
  private double lastTime = Double.NaN;
  private double lapseStart = Double.NaN;
  private boolean keptAtLastTime;
  private boolean everKept;

  /**
   * @param graceSeconds lapses up to this long count as held
   */
  public HoldTimer(double graceSeconds) {
    if (!(graceSeconds >= 0)) {
      throw new IllegalArgumentException("grace period must be >= 0");
    }
    this.graceSeconds = graceSeconds;
  }

  public void reset() {
    accumulated = 0;
    lastTime = Double.NaN;
    lapseStart = Double.NaN;
    keptAtLastTime = false;
    everKept = false;
  }

  /**
   * @param timeSeconds frame time, increasing
   * @param kept whether the hold position is kept in this frame
   */
  public void update(double timeSeconds, boolean kept) {
    if (Double.isNaN(lastTime)) {
      lastTime = timeSeconds;
      keptAtLastTime = kept;
      everKept = kept;
      if (!kept) {
        lapseStart = timeSeconds;
      }
      return;
    }
    double dt = timeSeconds - lastTime;
    if (!(dt > 0)) {
      return;
    }
    if (kept) {
      if (!Double.isNaN(lapseStart)) {
        // A lapse ends: forgive it if short, otherwise the clock was paused during it.
        if (timeSeconds - lapseStart <= graceSeconds && everKept) {
          accumulated += timeSeconds - lapseStart;
        }
        lapseStart = Double.NaN;
      } else if (keptAtLastTime) {
        accumulated += dt;
      }
    } else if (Double.isNaN(lapseStart)) {
      // The time up to the last kept frame is already counted; the lapse starts there.
      lapseStart = lastTime;
    }
    keptAtLastTime = kept;
    everKept |= kept;
    lastTime = timeSeconds;
  }

  /** Seconds held so far, counting a lapse still within the grace period. */
  public double heldSeconds() {
    if (!Double.isNaN(lapseStart) && lastTime - lapseStart <= graceSeconds && everKept) {
      return accumulated + (lastTime - lapseStart);
    }
    return accumulated;
  }
}
