package org.posecoach.ui;

import java.util.List;
import java.util.Optional;
import org.bytedeco.opencv.opencv_core.Mat;
import org.posecoach.pose.EstimateTimings;
import org.posecoach.pose.KeypointLayout;
import org.posecoach.pose.Pose;
import org.posecoach.pose.PoseEstimator;
import org.posecoach.pose.Poses;
import org.posecoach.synthetic.SyntheticFrame;
import org.posecoach.synthetic.SyntheticStream;

/**
 * A stand-in for the pose model on a clip painted from a synthetic performance: it answers each
 * frame with the performer's true pose at that time, after waiting as long as a model would take
 * (sleeping, so that it costs no CPU). Lets a test measure the screen without the model's load.
 */
public final class ScriptedEstimator implements PoseEstimator {
  private final List<SyntheticFrame> frames;
  private final double fps;
  private final long delayMillis;

  public ScriptedEstimator(SyntheticStream stream, double fps, long delayMillis) {
    this(stream.frames(), fps, delayMillis);
  }

  /** Plays back {@code frames} (a painted performance, e.g. the demo clip's). */
  public ScriptedEstimator(List<SyntheticFrame> frames, double fps, long delayMillis) {
    this.frames = List.copyOf(frames);
    this.fps = fps;
    this.delayMillis = delayMillis;
  }

  @Override
  public Optional<Pose> estimate(Mat bgr, long timestampNanos) {
    try {
      Thread.sleep(delayMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    int i = (int) Math.round(timestampNanos / 1e9 * fps);
    if (i < 0 || i >= frames.size()) {
      return Optional.empty();
    }
    return frames.get(i).pose().map(p -> Poses.at(p, timestampNanos));
  }

  @Override
  public EstimateTimings lastTimings() {
    long nanos = delayMillis * 1_000_000;
    return new EstimateTimings(nanos, 0, nanos);
  }

  /** The performer's poses carry its silhouette where the exercise reads one (cat-camel). */
  @Override
  public boolean givesMasks() {
    return true;
  }

  @Override
  public void reset() {}

  @Override
  public KeypointLayout layout() {
    return KeypointLayout.BLAZEPOSE_33;
  }

  @Override
  public void close() {}
}
