package org.posecoach.source;

import org.bytedeco.opencv.opencv_core.Mat;

/**
 * One frame from a {@link FrameSource}: a BGR image plus when it was taken.
 *
 * <p>The image is native memory borrowed from a {@link FramePool}; {@link #close()} returns it, and
 * must be called exactly once, by whoever holds the frame last.
 */
public final class CapturedFrame implements AutoCloseable {
  private final Mat bgr;
  private final long sequence;
  private final long timestampNanos;
  private final long captureNanos;
  private final FramePool pool;
  private boolean closed;

  CapturedFrame(Mat bgr, long sequence, long timestampNanos, long captureNanos, FramePool pool) {
    this.bgr = bgr;
    this.sequence = sequence;
    this.timestampNanos = timestampNanos;
    this.captureNanos = captureNanos;
    this.pool = pool;
  }

  /** The image, BGR 8UC3; valid until {@link #close()}. */
  public Mat bgr() {
    if (closed) {
      throw new IllegalStateException("frame " + sequence + " was already closed");
    }
    return bgr;
  }

  /** 0, 1, 2 … in the order the source delivered frames (dropped frames keep their numbers). */
  public long sequence() {
    return sequence;
  }

  /** Media time: presentation time in a video, capture time for a camera; monotonic. */
  public long timestampNanos() {
    return timestampNanos;
  }

  /** {@link System#nanoTime()} when the frame was grabbed, for latency measurement. */
  public long captureNanos() {
    return captureNanos;
  }

  public int width() {
    return bgr.cols();
  }

  public int height() {
    return bgr.rows();
  }

  /**
   * Hands this frame's image over to a new frame with another capture time; this frame is then
   * closed without releasing the image.
   */
  public CapturedFrame withCaptureNanos(long nanos) {
    bgr(); // fails when already closed
    closed = true;
    return new CapturedFrame(bgr, sequence, timestampNanos, nanos, pool);
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      pool.release(bgr);
    }
  }
}
