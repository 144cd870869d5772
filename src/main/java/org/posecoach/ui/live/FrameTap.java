package org.posecoach.ui.live;

import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2BGRA;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;
import org.posecoach.source.CapturedFrame;
import org.posecoach.source.FramePool;
import org.posecoach.source.FrameSource;
import org.posecoach.source.SourceInfo;

/**
 * A {@link FrameSource} that passes every frame on unchanged and, on the way, copies it for the
 * screen into {@link FrameBuffers}: scaled to the size the view will draw it at and converted to
 * BGRA. The copy happens on the capture thread, so the video on screen runs at the camera's rate
 * whatever the speed of pose inference, and the JavaFX thread only blits pixels (scaling on the
 * capture thread with OpenCV costs about a millisecond; scaling in a software-rendered scene costs
 * a frame's budget).
 *
 * <p>Input: a source. Output: the same frames, in order; the newest display copy in {@link
 * #buffers()}. {@link #requestSize} may be called from any thread (the view, when it is resized).
 */
public final class FrameTap implements FrameSource {
  private final FrameSource source;
  private final FrameBuffers buffers;
  private volatile long requested; // max width << 32 | max height; 0 = the source's own size

  public FrameTap(FrameSource source, FrameBuffers buffers) {
    this.source = source;
    this.buffers = buffers;
  }

  public FrameBuffers buffers() {
    return buffers;
  }

  /**
   * Asks for frames scaled to fit {@code maxWidth × maxHeight} (aspect ratio kept) from the next
   * frame on; 0 for either keeps the source's size.
   */
  public void requestSize(int maxWidth, int maxHeight) {
    requested = maxWidth > 0 && maxHeight > 0 ? ((long) maxWidth << Integer.SIZE) | maxHeight : 0;
  }

  @Override
  public SourceInfo info() {
    return source.info();
  }

  @Override
  public CapturedFrame next(FramePool pool) {
    CapturedFrame frame = source.next(pool);
    if (frame != null) {
      copyForScreen(frame);
    }
    return frame;
  }

  private void copyForScreen(CapturedFrame frame) {
    int sourceWidth = frame.width();
    int sourceHeight = frame.height();
    if (sourceWidth <= 0 || sourceHeight <= 0) {
      return;
    }
    long box = requested;
    int[] size = fit(sourceWidth, sourceHeight, (int) (box >>> Integer.SIZE), (int) box);
    DisplayFrame slot = buffers.writeSlot();
    try (Mat scaled = new Mat();
        Mat bgra = new Mat();
        Size target = new Size(size[0], size[1])) {
      // The full picture when the source keeps it (the app opens its sources so); otherwise the
      // models' copy, scaled up: the overlay's keypoints are in full-frame pixels either way.
      Mat image = frame.hasPicture() ? frame.bgr() : frame.modelImage();
      if (size[0] != image.cols() || size[1] != image.rows()) {
        resize(image, scaled, target, 0, 0, INTER_LINEAR);
        image = scaled;
      }
      cvtColor(image, bgra, COLOR_BGR2BGRA);
      slot.resize(size[0], size[1]);
      bgra.data().get(slot.pixels()); // a fresh Mat is continuous: rows back to back
    }
    slot.describe(frame.sequence(), sourceWidth, sourceHeight);
    buffers.publish();
  }

  /**
   * The size {@code width × height} takes when scaled to fit the box, aspect ratio kept; the size
   * itself when the box is 0.
   */
  static int[] fit(int width, int height, int maxWidth, int maxHeight) {
    if (maxWidth <= 0 || maxHeight <= 0) {
      return new int[] {width, height};
    }
    double scale = Math.min((double) maxWidth / width, (double) maxHeight / height);
    return new int[] {
      Math.max(1, (int) Math.round(width * scale)), Math.max(1, (int) Math.round(height * scale))
    };
  }

  @Override
  public void close() {
    source.close();
  }
}
