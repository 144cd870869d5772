package org.posecoach.render;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgproc.FILLED;
import static org.bytedeco.opencv.global.opencv_imgproc.LINE_AA;
import static org.bytedeco.opencv.global.opencv_imgproc.circle;
import static org.bytedeco.opencv.global.opencv_imgproc.ellipse;
import static org.bytedeco.opencv.global.opencv_imgproc.line;
import static org.bytedeco.opencv.global.opencv_imgproc.rectangle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Point2f;
import org.bytedeco.opencv.opencv_core.RotatedRect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size2f;
import org.posecoach.pose.Joint;
import org.posecoach.pose.Keypoint;
import org.posecoach.pose.Pose;
import org.posecoach.synthetic.SyntheticFrame;

/**
 * Paints a person from a pose: capsule limbs, a torso, a head, in clothes and skin tones, on a room
 * with a floor and a mat. Far limbs are painted first so near ones cover them. The pose models find
 * such a figure as they find a person (BlazePose scored a first sketch 0.999), so a synthetic
 * performance painted this way is a demo clip the project makes on its own.
 */
public final class FigureRenderer {
  // Colours, BGR.
  private static final Scalar WALL = new Scalar(205, 210, 214, 0);
  private static final Scalar FLOOR = new Scalar(62, 92, 124, 0);
  private static final Scalar MAT = new Scalar(140, 82, 52, 0);
  private static final Scalar SKIN = new Scalar(118, 150, 205, 0);
  private static final Scalar SKIN_FAR = new Scalar(96, 124, 172, 0);
  private static final Scalar SHIRT = new Scalar(92, 62, 40, 0);
  private static final Scalar PANTS = new Scalar(52, 52, 52, 0);
  private static final Scalar PANTS_FAR = new Scalar(38, 38, 38, 0);
  private static final Scalar HAIR = new Scalar(30, 32, 48, 0);
  private static final Scalar SHOE = new Scalar(235, 235, 235, 0);

  /** Limb widths as fractions of the shoulder-to-hip length (an adult's proportions). */
  private static final double TORSO_WIDTH = 0.42;

  private static final double THIGH_WIDTH = 0.24;
  private static final double SHIN_WIDTH = 0.18;
  private static final double UPPER_ARM_WIDTH = 0.16;
  private static final double FOREARM_WIDTH = 0.13;
  private static final double HEAD_WIDTH = 0.36;

  private record Part(double depth, Runnable paint) {}

  private FigureRenderer() {}

  /**
   * A frame of the room with {@code pose} painted in; the caller closes it.
   *
   * @param floorY where the floor meets the wall, image y (keep it fixed over a clip: {@link
   *     #floorLine(Pose)} of the first frame)
   */
  public static Mat paint(Pose pose, double floorY) {
    return paint(pose, floorY, Optional.empty());
  }

  /**
   * As {@link #paint(Pose, double)}, with the torso bent through {@code spineMiddle} (the middle of
   * the back, in the picture), so a back rounded up or dipped shows in the figure's outline.
   */
  public static Mat paint(
      Pose pose, double floorY, Optional<SyntheticFrame.ImagePoint> spineMiddle) {
    int w = pose.imageWidth();
    int h = pose.imageHeight();
    Mat m = new Mat(h, w, CV_8UC3, WALL);
    box(m, 0, floorY, w, h, FLOOR);
    box(m, w * 0.08, floorY - 4, w * 0.92, floorY + 14, MAT);
    double torso = torsoLength(pose);
    List<Part> parts = new ArrayList<>();
    for (boolean left : new boolean[] {true, false}) {
      Joint shoulder = left ? Joint.LEFT_SHOULDER : Joint.RIGHT_SHOULDER;
      Joint elbow = left ? Joint.LEFT_ELBOW : Joint.RIGHT_ELBOW;
      Joint wrist = left ? Joint.LEFT_WRIST : Joint.RIGHT_WRIST;
      Joint hip = left ? Joint.LEFT_HIP : Joint.RIGHT_HIP;
      Joint knee = left ? Joint.LEFT_KNEE : Joint.RIGHT_KNEE;
      Joint ankle = left ? Joint.LEFT_ANKLE : Joint.RIGHT_ANKLE;
      Joint toe = left ? Joint.LEFT_FOOT_INDEX : Joint.RIGHT_FOOT_INDEX;
      double sideDepth = depth(pose, hip);
      boolean far = sideDepth > depth(pose, left ? Joint.RIGHT_HIP : Joint.LEFT_HIP);
      parts.add(limb(m, pose, hip, knee, THIGH_WIDTH * torso, far ? PANTS_FAR : PANTS));
      parts.add(limb(m, pose, knee, ankle, SHIN_WIDTH * torso, far ? PANTS_FAR : PANTS));
      parts.add(limb(m, pose, ankle, toe, SHIN_WIDTH * torso * 0.8, SHOE));
      parts.add(limb(m, pose, shoulder, elbow, UPPER_ARM_WIDTH * torso, far ? SKIN_FAR : SKIN));
      parts.add(limb(m, pose, elbow, wrist, FOREARM_WIDTH * torso, far ? SKIN_FAR : SKIN));
    }
    Keypoint shoulders = mid(pose, Joint.LEFT_SHOULDER, Joint.RIGHT_SHOULDER);
    Keypoint hips = mid(pose, Joint.LEFT_HIP, Joint.RIGHT_HIP);
    double midX =
        spineMiddle.map(SyntheticFrame.ImagePoint::x).orElse((shoulders.x() + hips.x()) / 2);
    double midY =
        spineMiddle.map(SyntheticFrame.ImagePoint::y).orElse((shoulders.y() + hips.y()) / 2);
    parts.add(
        new Part(
            (shoulders.z() + hips.z()) / 2,
            () -> {
              // Two halves meeting at the middle of the back: straight, rounded or dipped.
              capsule(m, shoulders.x(), shoulders.y(), midX, midY, TORSO_WIDTH * torso, SHIRT);
              capsule(m, midX, midY, hips.x(), hips.y(), TORSO_WIDTH * torso, SHIRT);
            }));
    Keypoint nose = pose.get(Joint.NOSE);
    Keypoint ears = mid(pose, Joint.LEFT_EAR, Joint.RIGHT_EAR);
    parts.add(new Part(nose.z() - 1, () -> head(m, nose, ears, shoulders, HEAD_WIDTH * torso)));
    // Far parts first.
    parts.sort(Comparator.comparingDouble(Part::depth).reversed());
    parts.forEach(p -> p.paint.run());
    return m;
  }

  private static Part limb(Mat m, Pose pose, Joint a, Joint b, double width, Scalar colour) {
    Keypoint ka = pose.get(a);
    Keypoint kb = pose.get(b);
    return new Part(
        (depth(ka) + depth(kb)) / 2,
        () -> capsule(m, ka.x(), ka.y(), kb.x(), kb.y(), width, colour));
  }

  private static double depth(Pose pose, Joint j) {
    return depth(pose.get(j));
  }

  private static double depth(Keypoint k) {
    return k.hasDepth() ? k.z() : 0;
  }

  private static void capsule(
      Mat m, double x1, double y1, double x2, double y2, double width, Scalar colour) {
    int w = Math.max(2, (int) Math.round(width));
    try (Point a = new Point((int) x1, (int) y1);
        Point b = new Point((int) x2, (int) y2)) {
      line(m, a, b, colour, w, LINE_AA, 0);
      circle(m, a, w / 2, colour, FILLED, LINE_AA, 0);
      circle(m, b, w / 2, colour, FILLED, LINE_AA, 0);
    }
  }

  private static void head(Mat m, Keypoint nose, Keypoint ears, Keypoint shoulders, double size) {
    // The skull sits around the ears, the face towards the nose.
    double cx = (nose.x() + 2 * ears.x()) / 3;
    double cy = (nose.y() + 2 * ears.y()) / 3;
    double angle = Math.toDegrees(Math.atan2(cy - shoulders.y(), cx - shoulders.x())) + 90;
    capsule(m, shoulders.x(), shoulders.y(), cx, cy, size * 0.45, SKIN); // neck
    try (Point2f c = new Point2f((float) cx, (float) cy);
        Size2f s = new Size2f((float) size, (float) (size * 1.2));
        RotatedRect face = new RotatedRect(c, s, (float) angle);
        Point2f hc =
            new Point2f(
                (float) (cx + (cx - nose.x()) * 0.25), (float) (cy + (cy - nose.y()) * 0.25));
        Size2f hs = new Size2f((float) (size * 0.95), (float) (size * 0.9));
        RotatedRect hair = new RotatedRect(hc, hs, (float) angle)) {
      ellipse(m, face, SKIN, FILLED, LINE_AA);
      ellipse(m, hair, HAIR, FILLED, LINE_AA);
    }
    try (Point eye =
        new Point((int) ((3 * nose.x() + cx) / 4), (int) ((3 * nose.y() + cy) / 4) - 2)) {
      circle(m, eye, Math.max(1, (int) (size * 0.06)), HAIR, FILLED, LINE_AA, 0);
    }
  }

  private static Keypoint mid(Pose pose, Joint a, Joint b) {
    Keypoint ka = pose.get(a);
    Keypoint kb = pose.get(b);
    return new Keypoint(
        a, (ka.x() + kb.x()) / 2, (ka.y() + kb.y()) / 2, (depth(ka) + depth(kb)) / 2, 1);
  }

  private static double torsoLength(Pose pose) {
    Keypoint s = mid(pose, Joint.LEFT_SHOULDER, Joint.RIGHT_SHOULDER);
    Keypoint h = mid(pose, Joint.LEFT_HIP, Joint.RIGHT_HIP);
    return Math.max(10, Math.hypot(s.x() - h.x(), s.y() - h.y()));
  }

  /** Just below the lowest of the body's floor contacts. */
  public static double floorLine(Pose pose) {
    double lowest = 0;
    for (Joint j :
        List.of(
            Joint.LEFT_ANKLE,
            Joint.RIGHT_ANKLE,
            Joint.LEFT_KNEE,
            Joint.RIGHT_KNEE,
            Joint.LEFT_WRIST,
            Joint.RIGHT_WRIST,
            Joint.LEFT_HIP,
            Joint.RIGHT_HIP)) {
      lowest = Math.max(lowest, pose.get(j).y());
    }
    return Math.min(pose.imageHeight() - 20, lowest + torsoLength(pose) * 0.12);
  }

  private static void box(Mat m, double x1, double y1, double x2, double y2, Scalar colour) {
    try (Point a = new Point((int) x1, (int) y1);
        Point b = new Point((int) x2, (int) y2)) {
      rectangle(m, a, b, colour, FILLED, 8, 0);
    }
  }
}
