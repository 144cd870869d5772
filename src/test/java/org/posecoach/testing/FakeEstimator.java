package org.posecoach.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.bytedeco.opencv.opencv_core.Mat;
import org.posecoach.pose.EstimateTimings;
import org.posecoach.pose.Joint;
import org.posecoach.pose.Keypoint;
import org.posecoach.pose.KeypointLayout;
import org.posecoach.pose.Pose;
import org.posecoach.pose.PoseEstimator;

/**
 * A stand-in for a model: takes a set time per frame and returns a fixed standing figure whose left
 * joints are at the image's left, so pipeline tests run without model files.
 */
public final class FakeEstimator implements PoseEstimator {
  private final long delayNanos;
  private final AtomicInteger calls = new AtomicInteger();
  private volatile boolean closed;

  public FakeEstimator(long delayMillis) {
    this.delayNanos = delayMillis * 1_000_000;
  }

  public int calls() {
    return calls.get();
  }

  public boolean closed() {
    return closed;
  }

  @Override
  public Optional<Pose> estimate(Mat bgr, long timestampNanos) {
    calls.incrementAndGet();
    long until = System.nanoTime() + delayNanos;
    while (System.nanoTime() < until) {
      Thread.onSpinWait();
    }
    List<Keypoint> points = new ArrayList<>();
    for (Joint j : KeypointLayout.COCO_17.joints()) {
      double x = bgr.cols() * (j.isLeft() ? 0.25 : j.isRight() ? 0.75 : 0.5);
      points.add(Keypoint.of(j, x, bgr.rows() / 2.0, 0.9));
    }
    return Optional.of(
        new Pose(timestampNanos, bgr.cols(), bgr.rows(), KeypointLayout.COCO_17, points, 0.9));
  }

  @Override
  public EstimateTimings lastTimings() {
    return new EstimateTimings(delayNanos, 0, delayNanos);
  }

  @Override
  public void reset() {}

  @Override
  public KeypointLayout layout() {
    return KeypointLayout.COCO_17;
  }

  @Override
  public void close() {
    closed = true;
  }
}
