package org.posecoach.session;

import org.posecoach.pipeline.FrameResult;
import org.posecoach.pipeline.PipelineListener;
import org.posecoach.pipeline.PipelineSummary;
import org.posecoach.source.CapturedFrame;

/** Feeds a pipeline's poses to a session engine and ends the session with the stream. */
public final class SessionFeeder implements PipelineListener {
  private final SessionEngine engine;
  private long lastTimestamp;

  public SessionFeeder(SessionEngine engine) {
    this.engine = engine;
  }

  @Override
  public void onFrame(CapturedFrame frame, FrameResult result) {
    lastTimestamp = result.timestampNanos();
    engine.accept(result.pose(), result.timestampNanos());
  }

  @Override
  public void onEnd(PipelineSummary summary) {
    engine.finish(lastTimestamp);
  }
}
