package org.posecoach.pose.blazepose;

import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.types.DataType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.bytedeco.opencv.opencv_core.Mat;
import org.posecoach.pose.AbstractPoseEstimator;
import org.posecoach.pose.Joint;
import org.posecoach.pose.Keypoint;
import org.posecoach.pose.KeypointLayout;
import org.posecoach.pose.OnnxModels;
import org.posecoach.pose.PersonMask;
import org.posecoach.pose.Pose;
import org.posecoach.pose.image.Roi;
import org.posecoach.pose.image.TensorInput;

/**
 * MediaPipe's BlazePose pipeline on ONNX Runtime: a detector finds the person and the rotation of
 * their body; the landmark model reads a rotated square crop around them and returns 33 body
 * landmarks (plus two alignment points), a heatmap that refines them, 3D world landmarks and, when
 * asked for, the person's mask ({@link Pose#mask()}). On a stream the next crop comes from this
 * frame's alignment points, so the detector runs only when tracking is lost.
 *
 * <p>Because the crop is rotated to the body's own axis, a person lying or kneeling sideways in the
 * frame is seen upright by the landmark model.
 *
 * <p>The mask costs a third more inference time (the segmentation head), so the landmark graph
 * without it runs unless {@link #wantMasks(boolean) masks are wanted}; the graph with it is loaded
 * on the first such request.
 */
public final class BlazePoseEstimator extends AbstractPoseEstimator {
  /** MediaPipe's threshold on the landmark model's pose flag. */
  static final float MIN_POSE_PRESENCE = 0.5f;

  /** MediaPipe's ROI margin around the alignment circle. */
  static final double ROI_SCALE = 1.25;

  private static final int HIP_CENTRE = 33;
  private static final int BODY_SCALE_POINT = 34;

  private final Model detectorModel;
  private final Predictor<TensorInput, DetectionList> detector;
  private final Model landmarkModel;
  private final Predictor<TensorInput, LandmarkOutput> landmarks;
  private final Supplier<Path> maskedLandmarkOnnx;
  private final int threads;
  private final TensorInput detectorInput = new TensorInput(224, DataType.FLOAT32, 1 / 127.5, -1);
  private final TensorInput landmarkInput = new TensorInput(256, DataType.FLOAT32, 1 / 255.0, 0);

  private Model maskedModel;
  private Predictor<TensorInput, LandmarkOutput> maskedLandmarks;
  private volatile boolean masksWanted;
  private Roi trackedRoi;

  /**
   * @param detectorOnnx the converted BlazePose detector
   * @param landmarkOnnx a converted BlazePose landmark model (lite, full or heavy) without its
   *     segmentation output
   * @param maskedLandmarkOnnx the same landmark model with its segmentation output, resolved when
   *     masks are first wanted
   * @param threads ONNX Runtime threads per inference (0: every core)
   */
  public BlazePoseEstimator(
      Path detectorOnnx, Path landmarkOnnx, Supplier<Path> maskedLandmarkOnnx, int threads) {
    super(KeypointLayout.BLAZEPOSE_33);
    this.maskedLandmarkOnnx = maskedLandmarkOnnx;
    this.threads = threads;
    this.detectorModel = OnnxModels.load(detectorOnnx, threads);
    this.landmarkModel = OnnxModels.load(landmarkOnnx, threads);
    this.detector = detectorModel.newPredictor(new DetectorTranslator());
    this.landmarks = landmarkModel.newPredictor(new LandmarkTranslator(false));
  }

  @Override
  public boolean givesMasks() {
    return true;
  }

  @Override
  public void wantMasks(boolean wanted) {
    masksWanted = wanted;
  }

  @Override
  protected Optional<Pose> estimateFrame(Mat bgr, long timestampNanos) {
    int width = bgr.cols();
    int height = bgr.rows();
    boolean tracked = trackedRoi != null;
    Roi roi = tracked ? trackedRoi : detect(bgr);
    if (roi == null) {
      return Optional.empty();
    }
    LandmarkOutput out = runLandmarks(bgr, roi);
    if (out.poseFlag() < MIN_POSE_PRESENCE && tracked) {
      // Lost track: look for the person again in this same frame rather than dropping it.
      roi = detect(bgr);
      if (roi == null) {
        trackedRoi = null;
        return Optional.empty();
      }
      out = runLandmarks(bgr, roi);
    }
    if (out.poseFlag() < MIN_POSE_PRESENCE) {
      trackedRoi = null;
      return Optional.empty();
    }
    return Optional.of(toPose(out, roi, width, height, timestampNanos));
  }

  /** The detector's ROI for the best person, or null when there is none. */
  private Roi detect(Mat bgr) {
    Roi letterbox = Roi.letterbox(bgr.cols(), bgr.rows());
    detectorInput.fill(bgr, letterbox);
    List<Detection> found =
        predict(detector, detectorInput, "BlazePose detector", true).detections();
    if (found.isEmpty()) {
      return null;
    }
    Detection best = found.get(0);
    return Roi.fromAlignmentPoints(
            letterbox.imageX(best.keypointX(0), best.keypointY(0)),
            letterbox.imageY(best.keypointX(0), best.keypointY(0)),
            letterbox.imageX(best.keypointX(1), best.keypointY(1)),
            letterbox.imageY(best.keypointX(1), best.keypointY(1)))
        .squareLong(ROI_SCALE);
  }

  private LandmarkOutput runLandmarks(Mat bgr, Roi roi) {
    landmarkInput.fill(bgr, roi);
    Predictor<TensorInput, LandmarkOutput> model = masksWanted ? maskedLandmarks() : landmarks;
    return predict(model, landmarkInput, "BlazePose landmark model", false);
  }

  /** The landmark graph with its segmentation head, loaded on first use. */
  private Predictor<TensorInput, LandmarkOutput> maskedLandmarks() {
    if (maskedLandmarks == null) {
      maskedModel = OnnxModels.load(maskedLandmarkOnnx.get(), threads);
      maskedLandmarks = maskedModel.newPredictor(new LandmarkTranslator(true));
    }
    return maskedLandmarks;
  }

  private Pose toPose(LandmarkOutput out, Roi roi, int width, int height, long timestampNanos) {
    int n = LandmarkOutput.LANDMARKS;
    int stride = LandmarkOutput.VALUES_PER_LANDMARK;
    float input = LandmarkOutput.INPUT_SIZE;
    float[] xy = new float[2 * n];
    for (int i = 0; i < n; i++) {
      xy[2 * i] = out.landmarks()[i * stride] / input;
      xy[2 * i + 1] = out.landmarks()[i * stride + 1] / input;
    }
    HeatmapRefinement.refine(xy, out.heatmap(), LandmarkOutput.HEATMAP_SIZE, n);

    List<Joint> joints = KeypointLayout.BLAZEPOSE_33.joints();
    List<Keypoint> keypoints = new ArrayList<>(joints.size());
    List<Keypoint> world = new ArrayList<>(joints.size());
    double cos = Math.cos(roi.rotation());
    double sin = Math.sin(roi.rotation());
    for (int i = 0; i < joints.size(); i++) {
      double x = roi.imageX(xy[2 * i], xy[2 * i + 1]);
      double y = roi.imageY(xy[2 * i], xy[2 * i + 1]);
      double z = out.landmarks()[i * stride + 2] / input * roi.width();
      double visibility = sigmoid(out.landmarks()[i * stride + 3]);
      keypoints.add(new Keypoint(joints.get(i), x, y, z, visibility));
      // World landmarks come in the crop's orientation; turn them back to the camera's.
      float wx = out.world()[3 * i];
      float wy = out.world()[3 * i + 1];
      float wz = out.world()[3 * i + 2];
      world.add(
          new Keypoint(joints.get(i), cos * wx - sin * wy, sin * wx + cos * wy, wz, visibility));
    }
    trackedRoi =
        Roi.fromAlignmentPoints(
                roi.imageX(xy[2 * HIP_CENTRE], xy[2 * HIP_CENTRE + 1]),
                roi.imageY(xy[2 * HIP_CENTRE], xy[2 * HIP_CENTRE + 1]),
                roi.imageX(xy[2 * BODY_SCALE_POINT], xy[2 * BODY_SCALE_POINT + 1]),
                roi.imageY(xy[2 * BODY_SCALE_POINT], xy[2 * BODY_SCALE_POINT + 1]))
            .squareLong(ROI_SCALE);
    return new Pose(
        timestampNanos, width, height, layout(), keypoints, world, out.poseFlag(), mask(out, roi));
  }

  /** The person's mask in image pixels, when the landmark graph with the segmentation head ran. */
  private static Optional<PersonMask> mask(LandmarkOutput out, Roi roi) {
    if (out.segmentation() == null) {
      return Optional.empty();
    }
    return Optional.of(
        PersonMask.of(
            LandmarkOutput.INPUT_SIZE,
            out.segmentation(),
            roi.imageToTensor(LandmarkOutput.INPUT_SIZE)));
  }

  private static double sigmoid(float logit) {
    return 1 / (1 + Math.exp(-logit));
  }

  @Override
  public void reset() {
    trackedRoi = null;
  }

  @Override
  public void close() {
    detector.close();
    landmarks.close();
    detectorModel.close();
    landmarkModel.close();
    if (maskedLandmarks != null) {
      maskedLandmarks.close();
      maskedModel.close();
    }
    detectorInput.close();
    landmarkInput.close();
  }
}
