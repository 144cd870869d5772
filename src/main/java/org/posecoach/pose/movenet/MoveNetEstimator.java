package org.posecoach.pose.movenet;

import static org.posecoach.pose.Joint.LEFT_HIP;
import static org.posecoach.pose.Joint.LEFT_SHOULDER;
import static org.posecoach.pose.Joint.RIGHT_HIP;
import static org.posecoach.pose.Joint.RIGHT_SHOULDER;

import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.types.DataType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bytedeco.opencv.opencv_core.Mat;
import org.posecoach.pose.AbstractPoseEstimator;
import org.posecoach.pose.Joint;
import org.posecoach.pose.Keypoint;
import org.posecoach.pose.KeypointLayout;
import org.posecoach.pose.OnnxModels;
import org.posecoach.pose.Pose;
import org.posecoach.pose.image.Roi;
import org.posecoach.pose.image.TensorInput;

/**
 * MoveNet SinglePose (Lightning or Thunder) with its crop-region tracking, plus a rotation search
 * for people who are not upright: MoveNet was trained on mostly upright people and loses accuracy
 * on someone lying across the frame, so when it (re)acquires a person it tries the frame turned by
 * 0° and ±90° and keeps the turn that scores best; while tracking, the turn follows the torso.
 */
public final class MoveNetEstimator extends AbstractPoseEstimator {
  /** Below this mean keypoint score the frame has no person (TF.js MoveNet's minPoseScore). */
  static final double MIN_POSE_SCORE = 0.25;

  /** Turns tried when acquiring a person: upright, and lying either way. */
  private static final double[] SEARCH_ROTATIONS = {0, Math.PI / 2, -Math.PI / 2};

  /**
   * The torso must lean this far past a diagonal before the crop turns by 90°, so a body near 45°
   * does not make the crop flip every frame.
   */
  private static final double TURN_HYSTERESIS_RADIANS = Math.toRadians(15);

  private final Model model;
  private final Predictor<TensorInput, List<Keypoint>> predictor;
  private final TensorInput input;
  private final boolean rotationSearch;

  private Roi crop;

  /**
   * @param onnx converted MoveNet model
   * @param inputSize its input side (192 Lightning, 256 Thunder)
   * @param rotationSearch whether to try ±90° turns when acquiring a person
   */
  public MoveNetEstimator(Path onnx, int inputSize, boolean rotationSearch) {
    this(onnx, inputSize, rotationSearch, 0);
  }

  /**
   * @param threads ONNX Runtime threads per inference (0: every core)
   */
  public MoveNetEstimator(Path onnx, int inputSize, boolean rotationSearch, int threads) {
    super(KeypointLayout.COCO_17);
    this.model = OnnxModels.load(onnx, threads);
    this.predictor = model.newPredictor(new MoveNetTranslator());
    this.input = new TensorInput(inputSize, DataType.INT32, 1, 0);
    this.rotationSearch = rotationSearch;
  }

  @Override
  protected Optional<Pose> estimateFrame(Mat bgr, long timestampNanos) {
    int width = bgr.cols();
    int height = bgr.rows();
    Candidate best;
    if (crop != null) {
      best = run(bgr, crop);
    } else {
      best = null;
      for (double rotation : rotationSearch ? SEARCH_ROTATIONS : new double[] {0}) {
        Candidate c = run(bgr, CropRegion.initial(width, height, rotation));
        if (best == null || c.score > best.score) {
          best = c;
        }
      }
    }
    if (best.score < MIN_POSE_SCORE) {
      crop = null;
      return Optional.empty();
    }
    double rotation = nextRotation(best.keypoints, best.roi.rotation());
    crop = CropRegion.next(best.keypoints, width, height, rotation);
    return Optional.of(
        new Pose(timestampNanos, width, height, layout(), best.keypoints, best.score));
  }

  private record Candidate(Roi roi, List<Keypoint> keypoints, double score) {}

  private Candidate run(Mat bgr, Roi roi) {
    input.fill(bgr, roi);
    List<Keypoint> inCrop = predict(predictor, input, "MoveNet", false);
    List<Keypoint> keypoints = new ArrayList<>(inCrop.size());
    double sum = 0;
    for (Keypoint k : inCrop) {
      double u = k.x();
      double v = k.y();
      keypoints.add(Keypoint.of(k.joint(), roi.imageX(u, v), roi.imageY(u, v), k.score()));
      sum += k.score();
    }
    return new Candidate(roi, keypoints, sum / inCrop.size());
  }

  /** The crop's turn for the next frame: the multiple of 90° that stands the torso upright. */
  private static double nextRotation(List<Keypoint> k, double current) {
    if (!CropRegion.torsoVisible(k)) {
      return current;
    }
    double hx = (k.get(index(LEFT_HIP)).x() + k.get(index(RIGHT_HIP)).x()) / 2;
    double hy = (k.get(index(LEFT_HIP)).y() + k.get(index(RIGHT_HIP)).y()) / 2;
    double sx = (k.get(index(LEFT_SHOULDER)).x() + k.get(index(RIGHT_SHOULDER)).x()) / 2;
    double sy = (k.get(index(LEFT_SHOULDER)).y() + k.get(index(RIGHT_SHOULDER)).y()) / 2;
    // The turn that makes hips→shoulders point up (the same convention as BlazePose's ROI).
    double upright = Math.atan2(sy - hy, sx - hx) + Math.PI / 2;
    double off = Math.abs(Math.IEEEremainder(upright - current, 2 * Math.PI));
    if (off <= Math.PI / 4 + TURN_HYSTERESIS_RADIANS) {
      return current;
    }
    return Math.round(upright / (Math.PI / 2)) * (Math.PI / 2);
  }

  private static int index(Joint joint) {
    return KeypointLayout.COCO_17.joints().indexOf(joint);
  }

  @Override
  public void reset() {
    crop = null;
  }

  @Override
  public void close() {
    predictor.close();
    model.close();
    input.close();
  }
}
