package org.posecoach.source;

import java.util.function.Consumer;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * One frame from a {@link FrameSource}: the image the pose models read, the full-resolution picture
 * when the source was asked to keep it, and when the frame was taken.
 *
 * <p>A frame beyond 720p (1080p, 4K) is decoded straight to a smaller {@link #modelImage()} ({@link
 * ModelImageSize}); keypoints found there are mapped back to this frame's {@link #width()} × {@link
 * #height()} pixels. Smaller frames have one image, which is both.
 *
 * <p>The images are native memory borrowed from a {@link FramePool}; {@link #close()} returns them,
 * and must be called exactly once, by whoever holds the frame last.
 */
public final class CapturedFrame implements AutoCloseable {
  private final Mat model;
  private final Mat picture; // null: not kept; == model when the frame was not scaled
  private final int width;
  private final int height;
  private final long sequence;
  private final long timestampNanos;
  private final long captureNanos;
  private final FramePool pool;
  private boolean closed;

  /** A frame of one image, the models' and the picture both. */
  CapturedFrame(Mat bgr, long sequence, long timestampNanos, long captureNanos, FramePool pool) {
    this(bgr, bgr, bgr.cols(), bgr.rows(), sequence, timestampNanos, captureNanos, pool);
  }

  CapturedFrame(
      Mat model,
      Mat picture,
      int width,
      int height,
      long sequence,
      long timestampNanos,
      long captureNanos,
      FramePool pool) {
    this.model = model;
    this.picture = picture;
    this.width = width;
    this.height = height;
    this.sequence = sequence;
    this.timestampNanos = timestampNanos;
    this.captureNanos = captureNanos;
    this.pool = pool;
  }

  /**
   * The full-resolution picture, BGR 8UC3, {@link #width()} × {@link #height()}; valid until {@link
   * #close()}.
   *
   * @throws IllegalStateException when the source was opened without {@link
   *     SourceOptions#fullPicture()} and this frame was scaled for the models
   */
  public Mat bgr() {
    checkOpen();
    if (picture == null) {
      throw new IllegalStateException(
          "frame "
              + sequence
              + " was decoded for the pose models only: open the source with fullPicture");
    }
    return picture;
  }

  /** The image the pose models read, BGR 8UC3, of {@link ModelImageSize#of} the frame's size. */
  public Mat modelImage() {
    checkOpen();
    return model;
  }

  /** Whether {@link #modelImage()} is smaller than the frame. */
  public boolean scaledForModels() {
    return model.cols() != width || model.rows() != height;
  }

  /** Whether {@link #bgr()} has the full-resolution picture. */
  public boolean hasPicture() {
    return picture != null;
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

  /** The frame's full width in pixels, whatever image was kept. */
  public int width() {
    return width;
  }

  /** The frame's full height in pixels, whatever image was kept. */
  public int height() {
    return height;
  }

  /** Applies {@code change} to each image of this frame once (e.g. flipping a mirror view). */
  void eachImage(Consumer<Mat> change) {
    checkOpen();
    change.accept(model);
    if (picture != null && picture != model) {
      change.accept(picture);
    }
  }

  /**
   * Hands this frame's images over to a new frame with another capture time; this frame is then
   * closed without releasing them.
   */
  public CapturedFrame withCaptureNanos(long nanos) {
    checkOpen();
    closed = true;
    return new CapturedFrame(model, picture, width, height, sequence, timestampNanos, nanos, pool);
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      pool.release(model);
      if (picture != null && picture != model) {
        pool.release(picture);
      }
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("frame " + sequence + " was already closed");
    }
  }
}
