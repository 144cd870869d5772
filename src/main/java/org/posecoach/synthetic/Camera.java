package org.posecoach.synthetic;

import java.util.List;
import org.posecoach.pose.Joint;

/** A pinhole camera placed in the synthetic world, looking at the person. */
final class Camera {

  /** A projected point: pixels, and depth along the view axis in metres. */
  record Projection(double x, double y, double depth) {}

  /** Keep the exercise poses inside the image with this margin (fraction of its size). */
  private static final double FIT_MARGIN = 0.06;

  private final Vec3 position;
  private final Vec3 forward;
  private final Vec3 right;
  private final Vec3 up;
  private final double focalPx;
  private final CameraSetup setup;

  private Camera(CameraSetup setup, Vec3 position, Vec3 target) {
    this.setup = setup;
    this.position = position;
    forward = target.minus(position).unit();
    right = forward.cross(Vec3.Z).unit();
    up = right.cross(forward).unit();
    focalPx = setup.width() / 2.0 / Math.tan(Math.toRadians(setup.hfovDeg()) / 2);
  }

  /**
   * Places the camera for {@code setup}, moving it back until every pose in {@code mustFit} lies
   * inside the image.
   *
   * @param frame the exercise's body frame (gives the person's left and head direction)
   */
  static Camera place(CameraSetup setup, LocalFrame frame, List<Skeleton> mustFit) {
    Vec3 shift = (setup.isSide() ? frame.along() : frame.left()).times(setup.shiftM());
    Vec3 centre = mustFit.get(0).centre().plus(shift);
    Vec3 offset =
        switch (setup.placement()) {
          case SIDE_LEFT -> frame.left();
          case SIDE_RIGHT -> frame.left().times(-1);
          case FEET -> frame.along().times(-1);
          case HEAD -> frame.along();
        };
    // A mat not square to the camera: turn the camera about the body instead of the body.
    offset = offset.rotate(Vec3.Z, Math.toRadians(setup.matYawDeg()));
    double extra = setup.isSide() ? 0 : halfLength(mustFit.get(0), frame);
    double distance = setup.distanceM();
    for (int attempt = 0; attempt < 40; attempt++) {
      Vec3 pos = centre.plus(offset.times(distance + extra));
      pos = new Vec3(pos.x(), pos.y(), setup.heightM());
      Camera cam = new Camera(setup, pos, centre);
      if (cam.fits(mustFit)) {
        return cam;
      }
      distance *= 1.08;
    }
    throw new IllegalStateException("cannot fit the body in the image for " + setup);
  }

  private static double halfLength(Skeleton s, LocalFrame frame) {
    double lo = Double.MAX_VALUE;
    double hi = -Double.MAX_VALUE;
    for (Joint j : Joint.values()) {
      double a = s.get(j).dot(frame.along());
      lo = Math.min(lo, a);
      hi = Math.max(hi, a);
    }
    return (hi - lo) / 2;
  }

  private boolean fits(List<Skeleton> poses) {
    double mx = setup.width() * FIT_MARGIN;
    double my = setup.height() * FIT_MARGIN;
    for (Skeleton s : poses) {
      for (Joint j : Joint.values()) {
        Projection p = project(s.get(j));
        if (p.depth() <= 0.05
            || p.x() < mx
            || p.x() > setup.width() - mx
            || p.y() < my
            || p.y() > setup.height() - my) {
          return false;
        }
      }
    }
    return true;
  }

  Projection project(Vec3 p) {
    Vec3 d = p.minus(position);
    double depth = d.dot(forward);
    double safe = Math.max(depth, 1e-3);
    double x = setup.width() / 2.0 + focalPx * d.dot(right) / safe;
    double y = setup.height() / 2.0 - focalPx * d.dot(up) / safe;
    if (setup.mirrored()) {
      x = setup.width() - x;
    }
    return new Projection(x, y, depth);
  }

  /** A world point in camera axes (x right, y down, z forward), relative to {@code origin}. */
  Vec3 toCameraAxes(Vec3 p, Vec3 origin) {
    Vec3 d = p.minus(origin);
    double x = d.dot(right);
    return new Vec3(setup.mirrored() ? -x : x, -d.dot(up), d.dot(forward));
  }

  double focalPx() {
    return focalPx;
  }

  Vec3 position() {
    return position;
  }

  CameraSetup setup() {
    return setup;
  }
}
