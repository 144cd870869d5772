package org.posecoach.source;

/**
 * How to open a source.
 *
 * @param width requested camera width, pixels (0 = device default)
 * @param height requested camera height, pixels (0 = device default)
 * @param fps requested camera rate; also the nominal rate of an image folder (0 = default)
 * @param mirror flip frames left-right (selfie view); poses then get their side names swapped
 * @param paced deliver a file's frames at their own rate, as a camera would (live mode)
 * @param fullPicture keep each frame's full-resolution picture ({@link CapturedFrame#bgr()}) for a
 *     consumer that shows or writes it; without it, a frame larger than the models need is decoded
 *     only at their size ({@link ModelImageSize}), which is what makes 1080p cheap
 */
public record SourceOptions(
    int width, int height, double fps, boolean mirror, boolean paced, boolean fullPicture) {
  /**
   * Camera 640×480 at 30 fps is what laptop webcams do well; folders play at 30 fps; frames for the
   * models only.
   */
  public static final SourceOptions DEFAULT = new SourceOptions(640, 480, 30, false, false, false);

  public SourceOptions withMirror(boolean value) {
    return new SourceOptions(width, height, fps, value, paced, fullPicture);
  }

  public SourceOptions withPaced(boolean value) {
    return new SourceOptions(width, height, fps, mirror, value, fullPicture);
  }

  public SourceOptions withFullPicture(boolean value) {
    return new SourceOptions(width, height, fps, mirror, paced, value);
  }
}
