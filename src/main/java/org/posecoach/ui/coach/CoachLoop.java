package org.posecoach.ui.coach;

import javafx.animation.AnimationTimer;
import org.posecoach.pipeline.FrameResult;
import org.posecoach.pose.Pose;
import org.posecoach.ui.VideoOverlay;
import org.posecoach.ui.live.DisplayFrame;
import org.posecoach.ui.live.LiveSession;
import org.posecoach.ui.live.RateMeter;

/**
 * The one crossing from the session's threads to the screen: on every pulse (once per rendered
 * frame) it takes the newest video frame if there is one, the newest pose and the session's
 * snapshot and events, and hands them to the overlay and the view model. However fast or slow the
 * pipeline runs, the screen gets exactly one update per frame it renders, and the pipeline never
 * waits for the screen.
 */
public final class CoachLoop extends AnimationTimer {
  private static final double NANOS_PER_SECOND = 1e9;

  private final LiveSession live;
  private final CoachViewModel viewModel;
  private final VideoOverlay video;
  private final RateMeter videoRate = new RateMeter();
  private final RateMeter poseRate = new RateMeter();
  private long framesDrawn;
  private long lastPoseSequence = -1;

  public CoachLoop(LiveSession live, CoachViewModel viewModel, VideoOverlay video) {
    this.live = live;
    this.viewModel = viewModel;
    this.video = video;
  }

  @Override
  public void handle(long now) {
    boolean changed = false;
    DisplayFrame frame = live.frames().takeFresh();
    if (frame != null) {
      video.showFrame(frame);
      framesDrawn++;
      changed = true;
    }
    FrameResult result = live.latestResult().orElse(null);
    if (result != null && result.sequence() != lastPoseSequence) {
      lastPoseSequence = result.sequence();
      Pose pose = result.pose().orElse(null);
      video.showPose(pose);
      changed = true;
    }
    if (changed) {
      video.redraw();
    }
    videoRate.sample(now, framesDrawn);
    poseRate.sample(now, live.posesProcessed());
    LiveStats stats =
        new LiveStats(
            videoRate.perSecond(),
            poseRate.perSecond(),
            result == null ? Double.NaN : result.timings().captureToPoseMs());
    viewModel.pulse(live::pollEvent, live.snapshot(), stats, live.end(), now / NANOS_PER_SECOND);
  }
}
