package org.posecoach.synthetic;

/** Two-segment inverse kinematics: where the elbow or knee goes. */
final class Ik {

  private Ik() {}

  /**
   * The middle joint of a limb from {@code root} to {@code end} with segment lengths {@code upper}
   * and {@code lower}, bent towards {@code pole}. When {@code end} is out of reach the limb is
   * straight, pointing at it.
   */
  static Vec3 middle(Vec3 root, Vec3 end, double upper, double lower, Vec3 pole) {
    Vec3 d = end.minus(root);
    double dist = d.norm();
    Vec3 axis = d.unit();
    if (dist >= upper + lower - 1e-9 || dist < 1e-9) {
      return root.plus(axis.times(upper));
    }
    double a = (upper * upper - lower * lower + dist * dist) / (2 * dist);
    double h = Math.sqrt(Math.max(0, upper * upper - a * a));
    Vec3 bend = pole.minus(axis.times(pole.dot(axis)));
    if (bend.norm() < 1e-9) {
      bend = Math.abs(axis.z()) < 0.9 ? Vec3.Z : Vec3.X;
      bend = bend.minus(axis.times(bend.dot(axis)));
    }
    return root.plus(axis.times(a)).plus(bend.unit().times(h));
  }
}
