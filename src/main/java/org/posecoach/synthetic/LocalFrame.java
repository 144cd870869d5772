package org.posecoach.synthetic;

/**
 * A body-aligned frame on the mat: {@code along} points from the feet to the head, {@code left} to
 * the person's own left, {@code up} to the ceiling. Lying face up the person's left is -y; facing
 * the floor (hands and knees), +y.
 */
record LocalFrame(Vec3 along, Vec3 left, Vec3 up) {

  /** Lying on the back, head towards +x. */
  static final LocalFrame SUPINE = new LocalFrame(Vec3.X, Vec3.Y.times(-1), Vec3.Z);

  /** Facing the floor (hands and knees), head towards +x. */
  static final LocalFrame PRONE = new LocalFrame(Vec3.X, Vec3.Y, Vec3.Z);

  /** The world point {@code a} along, {@code l} to the left and {@code u} up from the origin. */
  Vec3 at(double a, double l, double u) {
    return along.times(a).plus(left.times(l)).plus(up.times(u));
  }

  /** {@code v} rotated about {@code axis} by {@code degrees} towards {@code towards}. */
  static Vec3 tilt(Vec3 v, Vec3 axis, Vec3 towards, double degrees) {
    double rad = Math.toRadians(Math.abs(degrees));
    return v.turnTowards(axis, degrees >= 0 ? towards : towards.times(-1), rad);
  }
}
