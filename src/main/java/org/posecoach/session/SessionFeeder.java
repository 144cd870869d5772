package org.posecoach.session;

import org.posecoach.pipeline.FrameResult;
import org.posecoach.pipeline.PipelineListener;
import org.posecoach.pipeline.PipelineSummary;
import org.posecoach.pose.PoseEstimator;
import org.posecoach.source.CapturedFrame;

/**
 * Feeds a pipeline's poses to a session engine, asks the estimator for the person's mask while the
 * current step reads it, and ends the session with the stream.
 */
public final class SessionFeeder implements PipelineListener {
  private final SessionEngine engine;
  private final PoseEstimator estimator;
  private long lastTimestamp;

  /**
   * @throws IllegalArgumentException naming the step and what to choose instead when a step reads
   *     the person's mask and the estimator gives none (MoveNet)
   */
  public SessionFeeder(SessionEngine engine, PoseEstimator estimator) {
    this.engine = engine;
    this.estimator = estimator;
    if (!estimator.givesMasks()) {
      engine.stepsNeedingMasks().stream()
          .findFirst()
          .ifPresent(
              step -> {
                throw new IllegalArgumentException(
                    "'"
                        + step
                        + "' is read from the outline of your back, which only the BlazePose models"
                        + " give: choose the model blazepose-full (or blazepose-lite,"
                        + " blazepose-heavy), or a routine without it.");
              });
    }
    estimator.wantMasks(engine.wantsMasks());
  }

  @Override
  public void onFrame(CapturedFrame frame, FrameResult result) {
    lastTimestamp = result.timestampNanos();
    engine.accept(result.pose(), result.timestampNanos());
    // Takes effect from the next frame on: a step's first frame may come without a mask.
    estimator.wantMasks(engine.wantsMasks());
  }

  @Override
  public void onEnd(PipelineSummary summary) {
    engine.finish(lastTimestamp);
  }
}
