package org.posecoach.render;

import static org.bytedeco.opencv.global.opencv_imgproc.FILLED;
import static org.bytedeco.opencv.global.opencv_imgproc.LINE_AA;
import static org.bytedeco.opencv.global.opencv_imgproc.circle;
import static org.bytedeco.opencv.global.opencv_imgproc.line;

import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.posecoach.pose.Keypoint;
import org.posecoach.pose.KeypointLayout;
import org.posecoach.pose.Pose;

/**
 * Draws a pose's skeleton onto a BGR frame with OpenCV: bones between confident joints, joints
 * coloured from red (score 0) to green (score 1), the person's left side in orange and right side
 * in cyan so that a swapped side is visible at a glance.
 */
public final class SkeletonPainter {
  /** Joints and bones below this score are not drawn (they would mislead more than inform). */
  public static final double MIN_DRAW_SCORE = 0.3;

  private SkeletonPainter() {}

  /** Draws {@code pose} onto {@code bgr} in place; line widths scale with the frame size. */
  public static void draw(Mat bgr, Pose pose) {
    int thickness = Math.max(2, Math.min(bgr.cols(), bgr.rows()) / 200);
    for (KeypointLayout.Bone bone : pose.layout().bones()) {
      Keypoint a = pose.get(bone.from());
      Keypoint b = pose.get(bone.to());
      if (a.score() < MIN_DRAW_SCORE || b.score() < MIN_DRAW_SCORE) {
        continue;
      }
      try (Scalar colour = sideColour(a, b);
          Point pa = point(a);
          Point pb = point(b)) {
        line(bgr, pa, pb, colour, thickness, LINE_AA, 0);
      }
    }
    for (Keypoint k : pose.keypoints()) {
      if (k.score() < MIN_DRAW_SCORE) {
        continue;
      }
      double s = Math.min(1, k.score());
      try (Scalar colour = new Scalar(0, 255 * s, 255 * (1 - s), 0);
          Point p = point(k)) {
        circle(bgr, p, thickness * 2, colour, FILLED, LINE_AA, 0);
      }
    }
  }

  private static Scalar sideColour(Keypoint a, Keypoint b) {
    if (a.joint().isLeft() && b.joint().isLeft()) {
      return new Scalar(0, 140, 255, 0); // orange (BGR)
    }
    if (a.joint().isRight() && b.joint().isRight()) {
      return new Scalar(255, 200, 0, 0); // cyan-blue
    }
    return new Scalar(240, 240, 240, 0);
  }

  private static Point point(Keypoint k) {
    return new Point((int) Math.round(k.x()), (int) Math.round(k.y()));
  }
}
