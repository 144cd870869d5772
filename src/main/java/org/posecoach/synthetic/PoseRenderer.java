package org.posecoach.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.posecoach.pose.Joint;
import org.posecoach.pose.KeypointLayout;

/**
 * Projects a skeleton through the camera into keypoints as a pose model would report them: pixel
 * positions, relative depth (BlazePose), and a visibility score that is high on the side facing the
 * camera and lower on the far side, as real models score occluded limbs.
 */
final class PoseRenderer {

  /** Clean keypoints before noise: parallel arrays in layout order. */
  record Rendered(
      double[] x, double[] y, double[] z, double[] score, List<Vec3> world, double torsoPx) {}

  /** Points outside the image: models report them with a low score. */
  private static final double OUT_OF_IMAGE_SCORE = 0.05;

  private final Camera camera;
  private final KeypointLayout layout;
  private final LocalFrame frame;
  private final boolean leftIsNear;
  private final boolean endOn;
  private final double nearScore;
  private final double farScore;

  PoseRenderer(
      Camera camera, KeypointLayout layout, LocalFrame frame, Skeleton reference, Random random) {
    this.camera = camera;
    this.layout = layout;
    this.frame = frame;
    Vec3 toCamera = camera.position().minus(reference.centre());
    this.leftIsNear = toCamera.dot(frame.left()) >= 0;
    this.endOn = Math.abs(toCamera.unit().dot(frame.along())) > 0.7;
    // Side views: the near side is seen well (0.85-0.98), the far side partly hidden (0.45-0.75).
    this.nearScore = 0.85 + 0.13 * random.nextDouble();
    this.farScore = endOn ? 0.8 + 0.15 * random.nextDouble() : 0.45 + 0.3 * random.nextDouble();
  }

  Rendered render(Skeleton s) {
    int n = layout.size();
    double[] x = new double[n];
    double[] y = new double[n];
    double[] z = new double[n];
    double[] score = new double[n];
    List<Vec3> world = new ArrayList<>(n);
    Vec3 hips = s.mid(Joint.LEFT_HIP, Joint.RIGHT_HIP);
    double hipDepth = camera.project(hips).depth();
    CameraSetup setup = camera.setup();
    for (int i = 0; i < n; i++) {
      Joint j = layout.joints().get(i);
      Camera.Projection p = camera.project(s.get(j));
      x[i] = p.x();
      y[i] = p.y();
      z[i] =
          layout == KeypointLayout.BLAZEPOSE_33
              ? (p.depth() - hipDepth) * camera.focalPx() / hipDepth
              : Double.NaN;
      boolean inside =
          p.depth() > 0.05
              && p.x() >= 0
              && p.x() <= setup.width()
              && p.y() >= 0
              && p.y() <= setup.height();
      double base =
          j.isLeft() || j.isRight()
              ? ((j.isLeft() == leftIsNear) ? nearScore : farScore)
              : nearScore;
      score[i] = inside ? base : OUT_OF_IMAGE_SCORE;
      world.add(camera.toCameraAxes(s.get(j), hips));
    }
    return new Rendered(x, y, z, score, world, torsoPx(s));
  }

  /** The torso's size in pixels: torso or converted shoulder width, whichever is longer. */
  private double torsoPx(Skeleton s) {
    Camera.Projection sh = camera.project(s.mid(Joint.LEFT_SHOULDER, Joint.RIGHT_SHOULDER));
    Camera.Projection hp = camera.project(s.mid(Joint.LEFT_HIP, Joint.RIGHT_HIP));
    Camera.Projection ls = camera.project(s.get(Joint.LEFT_SHOULDER));
    Camera.Projection rs = camera.project(s.get(Joint.RIGHT_SHOULDER));
    double torso = Math.hypot(sh.x() - hp.x(), sh.y() - hp.y());
    double width = Math.hypot(ls.x() - rs.x(), ls.y() - rs.y()) * 1.25;
    return Math.max(torso, width);
  }

  /** Where a point of the body appears in the picture. */
  SyntheticFrame.ImagePoint project(Vec3 point) {
    Camera.Projection p = camera.project(point);
    return new SyntheticFrame.ImagePoint(p.x(), p.y());
  }

  boolean leftIsNear() {
    return leftIsNear;
  }

  boolean endOn() {
    return endOn;
  }

  LocalFrame frame() {
    return frame;
  }
}
