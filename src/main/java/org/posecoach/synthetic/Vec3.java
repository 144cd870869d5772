package org.posecoach.synthetic;

/** A point or direction in the synthetic world, in metres: x along the mat, y across, z up. */
public record Vec3(double x, double y, double z) {

  public static final Vec3 ZERO = new Vec3(0, 0, 0);
  public static final Vec3 X = new Vec3(1, 0, 0);
  public static final Vec3 Y = new Vec3(0, 1, 0);
  public static final Vec3 Z = new Vec3(0, 0, 1);

  public Vec3 plus(Vec3 o) {
    return new Vec3(x + o.x, y + o.y, z + o.z);
  }

  public Vec3 minus(Vec3 o) {
    return new Vec3(x - o.x, y - o.y, z - o.z);
  }

  public Vec3 times(double k) {
    return new Vec3(x * k, y * k, z * k);
  }

  public double dot(Vec3 o) {
    return x * o.x + y * o.y + z * o.z;
  }

  public Vec3 cross(Vec3 o) {
    return new Vec3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
  }

  public double norm() {
    return Math.sqrt(dot(this));
  }

  public double distanceTo(Vec3 o) {
    return minus(o).norm();
  }

  public Vec3 unit() {
    double n = norm();
    return n == 0 ? this : times(1 / n);
  }

  /** {@code this + k * o}. */
  public Vec3 plusScaled(Vec3 o, double k) {
    return new Vec3(x + k * o.x, y + k * o.y, z + k * o.z);
  }

  /** Linear interpolation: {@code w = 0} gives this, {@code w = 1} gives {@code o}. */
  public Vec3 lerp(Vec3 o, double w) {
    return new Vec3(x + w * (o.x - x), y + w * (o.y - y), z + w * (o.z - z));
  }

  /**
   * This vector rotated by {@code radians} about the unit {@code axis}, right-handed (Rodrigues'
   * formula).
   */
  public Vec3 rotate(Vec3 axis, double radians) {
    Vec3 k = axis.unit();
    double c = Math.cos(radians);
    double s = Math.sin(radians);
    return times(c).plus(k.cross(this).times(s)).plus(k.times(k.dot(this) * (1 - c)));
  }

  /** This vector rotated about {@code axis} so that it turns towards {@code towards} by angle. */
  public Vec3 turnTowards(Vec3 axis, Vec3 towards, double radians) {
    Vec3 plus = rotate(axis, 1e-3);
    double sign = plus.minus(this).dot(towards) >= 0 ? 1 : -1;
    return rotate(axis, sign * radians);
  }
}
