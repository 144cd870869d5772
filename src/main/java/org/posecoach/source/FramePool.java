package org.posecoach.source;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * Recycles frame buffers so a long session allocates a handful of images, not one per frame.
 * Thread-safe: frames are taken on the capture thread and released on the inference thread.
 */
public final class FramePool implements AutoCloseable {
  /**
   * More spare buffers than this are freed rather than kept (a pipeline holds at most ~4 frames, of
   * up to two images each).
   */
  private static final int MAX_SPARE = 8;

  private final Deque<Mat> spare = new ArrayDeque<>();
  private int allocated;
  private boolean closed;

  /** A buffer to copy a frame into; OpenCV sizes it on first use ({@code copyTo}). */
  synchronized Mat take() {
    if (closed) {
      throw new IllegalStateException("frame pool is closed");
    }
    Mat m = spare.pollFirst();
    if (m == null) {
      allocated++;
      m = new Mat();
    }
    return m;
  }

  /**
   * A BGR buffer of {@code width × height}: a spare of that size when there is one (a frame's model
   * image and full picture differ in size, and each would otherwise reallocate the other's).
   */
  synchronized Mat take(int width, int height) {
    if (closed) {
      throw new IllegalStateException("frame pool is closed");
    }
    for (Iterator<Mat> it = spare.iterator(); it.hasNext(); ) {
      Mat m = it.next();
      if (m.cols() == width && m.rows() == height && m.type() == CV_8UC3) {
        it.remove();
        return m;
      }
    }
    Mat m = take();
    m.create(height, width, CV_8UC3);
    return m;
  }

  synchronized void release(Mat m) {
    if (closed || spare.size() >= MAX_SPARE) {
      m.close();
      allocated--;
    } else {
      spare.addFirst(m);
    }
  }

  /**
   * Buffers alive now: in frames not yet closed, or spare. Flat over a long run when frames are
   * recycled; once the pool is closed, only those of frames never closed (0 when nothing leaks).
   */
  public synchronized int allocated() {
    return allocated;
  }

  /** Wraps a copy of {@code image} as a frame. */
  public CapturedFrame frameOf(Mat image, long sequence, long timestampNanos, long captureNanos) {
    Mat copy = take();
    image.copyTo(copy);
    return new CapturedFrame(copy, sequence, timestampNanos, captureNanos, this);
  }

  @Override
  public synchronized void close() {
    closed = true;
    for (Mat m : spare) {
      m.close();
      allocated--;
    }
    spare.clear();
  }
}
