package org.posecoach.source;

/**
 * What a source is and what it delivers.
 *
 * @param description for people, e.g. {@code camera 0 (/dev/video0)} or a file name
 * @param live frames come in real time and stale ones may be dropped (a camera); a file is not live
 *     and every frame is processed
 * @param width frame width actually delivered, pixels
 * @param height frame height actually delivered, pixels
 * @param fps frame rate actually delivered (nominal for a file or image folder)
 * @param requestedWidth what was asked for (0 = the device's default)
 * @param requestedHeight what was asked for (0 = the device's default)
 * @param requestedFps what was asked for (0 = the device's default)
 * @param frameCount frames in a file or folder, or -1 when unknown (cameras)
 * @param mirrored frames are flipped left-right (selfie view); poses get their side names swapped
 */
public record SourceInfo(
    String description,
    boolean live,
    int width,
    int height,
    double fps,
    int requestedWidth,
    int requestedHeight,
    double requestedFps,
    long frameCount,
    boolean mirrored) {

  public SourceInfo withMirrored(boolean value) {
    return withFlags(live, value);
  }

  public SourceInfo withLive(boolean value) {
    return withFlags(value, mirrored);
  }

  /** This source's description with other flags: what a wrapping source changes. */
  private SourceInfo withFlags(boolean isLive, boolean isMirrored) {
    return new SourceInfo(
        description,
        isLive,
        width,
        height,
        fps,
        requestedWidth,
        requestedHeight,
        requestedFps,
        frameCount,
        isMirrored);
  }
}
