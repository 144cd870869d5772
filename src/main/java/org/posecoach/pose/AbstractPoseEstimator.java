package org.posecoach.pose;

import ai.djl.inference.Predictor;
import ai.djl.translate.TranslateException;
import java.util.Optional;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * What every estimator does around its model: holds the keypoint layout of its poses, times each
 * call (model inference apart from the rest), and starts tracking afresh when the frame size
 * changes (a new stream).
 */
public abstract class AbstractPoseEstimator implements PoseEstimator {
  private final KeypointLayout layout;
  private int lastWidth;
  private int lastHeight;
  private long inferenceNanos;
  private long detectorNanos;
  private EstimateTimings lastTimings = EstimateTimings.NONE;

  /**
   * @param layout the keypoint set of the model, which every pose this estimator returns has
   */
  protected AbstractPoseEstimator(KeypointLayout layout) {
    this.layout = layout;
  }

  @Override
  public final KeypointLayout layout() {
    return layout;
  }

  @Override
  public final Optional<Pose> estimate(Mat bgr, long timestampNanos) {
    long start = System.nanoTime();
    inferenceNanos = 0;
    detectorNanos = 0;
    if (bgr.cols() != lastWidth || bgr.rows() != lastHeight) {
      reset();
      lastWidth = bgr.cols();
      lastHeight = bgr.rows();
    }
    try {
      return estimateFrame(bgr, timestampNanos);
    } finally {
      lastTimings = new EstimateTimings(inferenceNanos, detectorNanos, System.nanoTime() - start);
    }
  }

  /** One frame's estimate; tracking state is the subclass's own. */
  protected abstract Optional<Pose> estimateFrame(Mat bgr, long timestampNanos);

  @Override
  public final EstimateTimings lastTimings() {
    return lastTimings;
  }

  /** Runs a predictor, counting its time as the main model's or the detector's. */
  protected final <I, O> O predict(
      Predictor<I, O> predictor, I input, String model, boolean detector) {
    long start = System.nanoTime();
    try {
      return predictor.predict(input);
    } catch (TranslateException e) {
      throw new PoseEstimationException(model + " failed: " + e.getMessage(), e);
    } finally {
      long spent = System.nanoTime() - start;
      if (detector) {
        detectorNanos += spent;
      } else {
        inferenceNanos += spent;
      }
    }
  }
}
