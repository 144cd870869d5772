package org.posecoach.source;

import static org.bytedeco.opencv.global.opencv_core.flip;

/** Flips every frame of another source left-right (a selfie view). */
final class MirroredSource implements FrameSource {
  private static final int HORIZONTAL = 1;
  private final FrameSource inner;

  MirroredSource(FrameSource inner) {
    this.inner = inner;
  }

  @Override
  public SourceInfo info() {
    return inner.info().withMirrored(true);
  }

  @Override
  public CapturedFrame next(FramePool pool) {
    CapturedFrame frame = inner.next(pool);
    if (frame != null) {
      frame.eachImage(image -> flip(image, image, HORIZONTAL));
    }
    return frame;
  }

  @Override
  public void close() {
    inner.close();
  }
}
