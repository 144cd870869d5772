package org.posecoach.source;

/**
 * Where frames come from: a camera, a video file, a folder of images.
 *
 * <p>Input: none (the source is opened by its factory, which reports a bad device or file as a
 * {@link SourceException}). Output: frames in order, each with a sequence number and a monotonic
 * timestamp. One thread calls {@link #next}; {@link #close()} may come from another thread to stop
 * a blocked grab.
 *
 * <pre>{@code
 * try (FrameSource source = Sources.open("clip.mp4", SourceOptions.DEFAULT);
 *     FramePool pool = new FramePool()) {
 *   for (CapturedFrame f; (f = source.next(pool)) != null; ) {
 *     try (f) { … f.bgr() … }
 *   }
 * }
 * }</pre>
 */
public interface FrameSource extends AutoCloseable {
  SourceInfo info();

  /**
   * The next frame, copied into a buffer from {@code pool}, or {@code null} at the end of the
   * stream.
   *
   * @throws SourceException when the stream breaks (a camera unplugged, a damaged file)
   */
  CapturedFrame next(FramePool pool);

  @Override
  void close();
}
