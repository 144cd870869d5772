package org.posecoach.source;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;
import static org.bytedeco.ffmpeg.global.swscale.SWS_AREA;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BILINEAR;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCachedContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;

import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * Turns a decoded FFmpeg picture (YUV, as the decoder left it) into a {@link CapturedFrame}:
 * swscale shrinks its YUV planes to the {@link ModelImageSize models' size} and converts them to
 * BGR straight into a pool buffer; it converts the full picture only when the source was asked to
 * keep it (a window shows it, a video is written of it). A 1080p frame thus never becomes a 6 MB
 * BGR image unless someone looks at it, and nothing is copied after conversion.
 *
 * <p>One instance per source, used on its capture thread; {@link #close()}, from any thread, frees
 * the contexts.
 */
final class FrameScaler implements AutoCloseable {
  /** JavaCV's own flags for its same-size conversion: unscaled frames stay bit-identical. */
  private static final int SAME_SIZE_FLAGS = SWS_BILINEAR;

  /** Averages every source pixel when shrinking, so fine detail does not alias. */
  private static final int SHRINK_FLAGS = SWS_AREA;

  private static final int PLANES = 4; // swscale reads four plane pointers and strides

  private final boolean keepPicture;
  private final PointerPointer<?> dstData = new PointerPointer<>(PLANES);
  private final IntPointer dstStride = new IntPointer(PLANES);
  private SwsContext modelContext;
  private SwsContext pictureContext;
  private SwsContext shrinkContext;
  private AVFrame shrunk; // YUV 4:2:0 at the models' size
  private boolean closed;

  /**
   * @param keepPicture also convert each frame at full size ({@link CapturedFrame#bgr()})
   */
  FrameScaler(boolean keepPicture) {
    this.keepPicture = keepPicture;
    for (int i = 0; i < PLANES; i++) {
      dstData.put(i, (org.bytedeco.javacpp.Pointer) null);
      dstStride.put(i, 0);
    }
  }

  /**
   * A frame of {@code picture}'s image, in buffers from {@code pool}; null once this scaler is
   * closed (a camera closed from another thread to stop a blocked grab).
   */
  synchronized CapturedFrame frameOf(
      AVFrame picture, FramePool pool, long sequence, long timestampNanos, long captureNanos) {
    if (closed) {
      return null;
    }
    int width = picture.width();
    int height = picture.height();
    ModelImageSize size = ModelImageSize.of(width, height);
    boolean shrinks = size.shrinks(width, height);
    Mat model = pool.take(size.width(), size.height());
    Mat full = null;
    try {
      AVFrame source = shrinks ? shrink(picture, size) : picture;
      modelContext = convert(modelContext, source, model, SAME_SIZE_FLAGS);
      if (shrinks && keepPicture) {
        full = pool.take(width, height);
        pictureContext = convert(pictureContext, picture, full, SAME_SIZE_FLAGS);
      }
    } catch (RuntimeException e) {
      pool.release(model);
      if (full != null) {
        pool.release(full);
      }
      throw e;
    }
    Mat shown = shrinks ? full : model;
    return new CapturedFrame(
        model, shown, width, height, sequence, timestampNanos, captureNanos, pool);
  }

  /**
   * {@code picture} shrunk to {@code size}, still in YUV 4:2:0. Two passes are cheaper than one
   * here: swscale's scaled conversion straight to BGR costs more than its scaling of the YUV planes
   * plus its fast same-size YUV → BGR (measured with the ffmpeg CLI: 3.6 against 2.4 ms a frame at
   * 1080p → 960 × 540; BENCHMARKS.md).
   */
  private AVFrame shrink(AVFrame picture, ModelImageSize size) {
    if (shrunk == null || shrunk.width() != size.width() || shrunk.height() != size.height()) {
      if (shrunk != null) {
        av_frame_free(shrunk);
      }
      shrunk = av_frame_alloc();
      shrunk.format(AV_PIX_FMT_YUV420P).width(size.width()).height(size.height());
      if (av_frame_get_buffer(shrunk, 0) < 0) {
        throw new SourceException("FFmpeg could not allocate a frame of " + size);
      }
    }
    shrinkContext =
        sws_getCachedContext(
            shrinkContext,
            picture.width(),
            picture.height(),
            picture.format(),
            size.width(),
            size.height(),
            AV_PIX_FMT_YUV420P,
            SHRINK_FLAGS,
            null,
            null,
            (DoublePointer) null);
    if (shrinkContext == null) {
      throw new SourceException("FFmpeg cannot scale pixel format " + picture.format());
    }
    sws_scale(
        shrinkContext,
        picture.data(),
        picture.linesize(),
        0,
        picture.height(),
        shrunk.data(),
        shrunk.linesize());
    return shrunk;
  }

  private SwsContext convert(SwsContext context, AVFrame picture, Mat into, int flags) {
    SwsContext c =
        sws_getCachedContext(
            context,
            picture.width(),
            picture.height(),
            picture.format(),
            into.cols(),
            into.rows(),
            AV_PIX_FMT_BGR24,
            flags,
            null,
            null,
            (DoublePointer) null);
    if (c == null) {
      throw new SourceException(
          "FFmpeg cannot convert pixel format " + picture.format() + " to BGR");
    }
    dstData.put(0, into.data());
    dstStride.put(0, (int) into.step());
    int rows =
        sws_scale(c, picture.data(), picture.linesize(), 0, picture.height(), dstData, dstStride);
    if (rows != into.rows()) {
      throw new SourceException("FFmpeg could not convert a frame to BGR (" + rows + " rows)");
    }
    return c;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    sws_freeContext(modelContext);
    sws_freeContext(pictureContext);
    sws_freeContext(shrinkContext);
    shrinkContext = null;
    if (shrunk != null) {
      av_frame_free(shrunk);
      shrunk = null;
    }
    modelContext = null;
    pictureContext = null;
    dstData.close();
    dstStride.close();
  }
}
