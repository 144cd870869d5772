package org.posecoach.motion.body;

/** A point or direction in image pixels (x to the right, y downwards). Immutable. */
public record Vec2(double x, double y) {

  /** The image's "up" direction (y grows downwards in images). */
  public static final Vec2 IMAGE_UP = new Vec2(0, -1);

  public Vec2 plus(Vec2 o) {
    return new Vec2(x + o.x, y + o.y);
  }

  public Vec2 minus(Vec2 o) {
    return new Vec2(x - o.x, y - o.y);
  }

  public Vec2 times(double k) {
    return new Vec2(x * k, y * k);
  }

  public double dot(Vec2 o) {
    return x * o.x + y * o.y;
  }

  /** The z component of the 3D cross product. */
  public double cross(Vec2 o) {
    return x * o.y - y * o.x;
  }

  public double norm() {
    return Math.hypot(x, y);
  }

  public double distanceTo(Vec2 o) {
    return Math.hypot(x - o.x, y - o.y);
  }

  /** This direction with length 1; the zero vector stays zero. */
  public Vec2 unit() {
    double n = norm();
    return n == 0 ? this : new Vec2(x / n, y / n);
  }

  /**
   * The unit normal of this direction that points up in the image (towards smaller y). For a
   * perfectly vertical direction, the normal to the image's right.
   */
  public Vec2 upNormal() {
    Vec2 n = new Vec2(-y, x).unit();
    if (n.y > 0 || (n.y == 0 && n.x < 0)) {
      n = n.times(-1);
    }
    return n;
  }

  public static Vec2 midpoint(Vec2 a, Vec2 b) {
    return new Vec2((a.x + b.x) / 2, (a.y + b.y) / 2);
  }

  /**
   * The angle at {@code vertex} between the rays to {@code a} and {@code b}, in [0, 180] degrees.
   */
  public static double angleDeg(Vec2 a, Vec2 vertex, Vec2 b) {
    Vec2 u = a.minus(vertex);
    Vec2 v = b.minus(vertex);
    return Math.toDegrees(Math.atan2(Math.abs(u.cross(v)), u.dot(v)));
  }

  /**
   * The angle of {@code v} measured from {@code reference} towards {@code positiveSide}, in (-180,
   * 180] degrees; positive when {@code v} leans towards {@code positiveSide}.
   */
  public static double signedAngleDeg(Vec2 v, Vec2 reference, Vec2 positiveSide) {
    Vec2 r = reference.unit();
    Vec2 p = positiveSide.minus(r.times(positiveSide.dot(r))).unit();
    return Math.toDegrees(Math.atan2(v.dot(p), v.dot(r)));
  }
}
