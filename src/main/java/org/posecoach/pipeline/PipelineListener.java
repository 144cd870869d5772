package org.posecoach.pipeline;

import org.posecoach.source.CapturedFrame;

/**
 * Receives every processed frame: rep detection, overlay, recording. Called on the pipeline's
 * inference thread, in frame order; keep it short (hand heavy work to another thread). The frame is
 * valid only during the call: copy what must outlive it.
 */
public interface PipelineListener {
  void onFrame(CapturedFrame frame, FrameResult result);

  /** Called once when the stream ends, fails or is stopped. */
  default void onEnd(PipelineSummary summary) {}
}
