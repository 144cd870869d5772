package org.posecoach.testing;

import java.util.concurrent.atomic.AtomicLong;
import org.posecoach.source.CapturedFrame;
import org.posecoach.source.FramePool;
import org.posecoach.source.FrameSource;
import org.posecoach.source.SourceInfo;

/** Passes a source through, counting the frames it delivers (to see that a pause stops reading). */
public record CountingSource(FrameSource source, AtomicLong delivered) implements FrameSource {
  @Override
  public SourceInfo info() {
    return source.info();
  }

  @Override
  public CapturedFrame next(FramePool pool) {
    CapturedFrame frame = source.next(pool);
    if (frame != null) {
      delivered.incrementAndGet();
    }
    return frame;
  }

  @Override
  public void close() {
    source.close();
  }
}
