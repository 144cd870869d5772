package org.posecoach.source;

import java.util.concurrent.locks.LockSupport;

/**
 * Plays a file source at its own frame rate, as if it were a camera: each frame is released when
 * its timestamp comes due, stamped with that moment as its capture time, and the source reports
 * itself live. Measures live latency without a camera.
 */
final class PacedSource implements FrameSource {
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
    CapturedFrame frame = inner.next(pool);
    if (frame == null) {
      return null;
    }
    if (startWall == Long.MIN_VALUE) {
      startWall = System.nanoTime();
      startMedia = frame.timestampNanos();
    }
    long due = startWall + (frame.timestampNanos() - startMedia);
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
