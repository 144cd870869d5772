package org.posecoach.source;

import java.util.concurrent.locks.LockSupport;

/**
 * Plays a file source at its own frame rate, as if it were a camera: each frame is released when
 * its timestamp comes due, stamped with that moment as its capture time, and the source reports
 * itself live. Measures live latency without a camera.
 *
 * <p>Unlike a camera, a file waits for a reader that held off (a paused session): one that asks for
 * a frame long after it came due gets it at once, and the frames after it keep their spacing from
 * there, rather than all that came due meanwhile in a rush. A reader a little late, as on a busy
 * machine, is treated as a camera would treat it: the frames keep their times, and the reader
 * catches up.
 */
final class PacedSource implements FrameSource {
  /**
   * A reader this late for a frame held off on purpose: far beyond the delays of a busy machine's
   * scheduler (tens of milliseconds), shorter than any pause a person makes.
   */
  private static final long HELD_NANOS = 500_000_000L;

  private final FrameSource inner;
  private long startWall = Long.MIN_VALUE;
  private long startMedia;

  PacedSource(FrameSource inner) {
    this.inner = inner;
  }

  @Override
  public SourceInfo info() {
    return inner.info().withLive(true);
  }

  @Override
  public CapturedFrame next(FramePool pool) {
    long asked = System.nanoTime();
    CapturedFrame frame = inner.next(pool);
    if (frame == null) {
      return null;
    }
    if (startWall == Long.MIN_VALUE) {
      startWall = System.nanoTime();
      startMedia = frame.timestampNanos();
    }
    long due = startWall + (frame.timestampNanos() - startMedia);
    if (asked - due > HELD_NANOS) {
      startWall += asked - due; // the clock stood still while the reader held off
      due = asked;
    }
    for (long wait; (wait = due - System.nanoTime()) > 0; ) {
      LockSupport.parkNanos(wait);
      if (Thread.currentThread().isInterrupted()) {
        frame.close();
        return null;
      }
    }
    // A camera stamps a frame when it arrives; "arrival" is when it came due.
    return frame.withCaptureNanos(due);
  }

  @Override
  public void close() {
    inner.close();
  }
}
