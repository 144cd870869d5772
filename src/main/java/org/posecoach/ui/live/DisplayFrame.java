package org.posecoach.ui.live;

/**
 * One video frame ready for the screen: BGRA pixels (opaque, so also valid as premultiplied) at the
 * size it will be drawn, plus the size of the camera frame it came from, which the pose's pixel
 * coordinates refer to.
 *
 * <p>A slot of {@link FrameBuffers}: the writer fills it while it owns it, then hands it over; the
 * reader only reads it between taking it and taking the next one. Never shared otherwise.
 */
public final class DisplayFrame {
  /** BGRA: four bytes per pixel. */
  public static final int BYTES_PER_PIXEL = 4;

  private byte[] pixels = new byte[0];
  private int width;
  private int height;
  private int sourceWidth;
  private int sourceHeight;
  private long sequence = -1;

  DisplayFrame() {}

  /** Makes room for a {@code width × height} image (keeps the array when it is big enough). */
  void resize(int width, int height) {
    int needed = width * height * BYTES_PER_PIXEL;
    if (pixels.length != needed) {
      pixels = new byte[needed];
    }
    this.width = width;
    this.height = height;
  }

  void describe(long sequence, int sourceWidth, int sourceHeight) {
    this.sequence = sequence;
    this.sourceWidth = sourceWidth;
    this.sourceHeight = sourceHeight;
  }

  /** The pixels, row after row, {@code width × 4} bytes each. */
  public byte[] pixels() {
    return pixels;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  /** Width of the camera frame, pixels: the scale pose coordinates are in. */
  public int sourceWidth() {
    return sourceWidth;
  }

  public int sourceHeight() {
    return sourceHeight;
  }

  /** The source's frame number; -1 before the first frame. */
  public long sequence() {
    return sequence;
  }
}
