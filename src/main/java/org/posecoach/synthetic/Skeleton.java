package org.posecoach.synthetic;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.posecoach.pose.Joint;

/**
 * The 3D positions of all 33 joints of a synthetic body, in world metres, and the middle of its
 * spine, which the 33 joints lack. Immutable.
 *
 * <p>The spine runs from the hip midpoint to the shoulder midpoint. It is straight (its middle
 * halfway between them) unless a body bends it ({@link #withSpineMiddle}): on hands and knees the
 * back rounds up in the cat and dips in the camel, which only a person's outline shows.
 */
public final class Skeleton {

  private final Map<Joint, Vec3> points;

  /** The spine's middle, or null when the spine is straight. */
  private final Vec3 spineMiddle;

  private Skeleton(Map<Joint, Vec3> points, Vec3 spineMiddle) {
    this.points = points;
    this.spineMiddle = spineMiddle;
  }

  /** A skeleton from a complete joint map. */
  public static Skeleton of(Map<Joint, Vec3> points) {
    EnumMap<Joint, Vec3> copy = new EnumMap<>(Joint.class);
    copy.putAll(points);
    for (Joint j : Joint.values()) {
      if (!copy.containsKey(j)) {
        throw new IllegalArgumentException("skeleton lacks " + j);
      }
    }
    return new Skeleton(copy, null);
  }

  public Vec3 get(Joint joint) {
    return points.get(joint);
  }

  public Vec3 mid(Joint a, Joint b) {
    return get(a).lerp(get(b), 0.5);
  }

  /** The hip midpoint, where the spine starts. */
  public Vec3 pelvis() {
    return mid(Joint.LEFT_HIP, Joint.RIGHT_HIP);
  }

  /** The shoulder midpoint, where the spine ends. */
  public Vec3 shoulders() {
    return mid(Joint.LEFT_SHOULDER, Joint.RIGHT_SHOULDER);
  }

  /**
   * The middle of the spine: halfway between {@link #pelvis()} and {@link #shoulders()} unless the
   * body bends its spine.
   */
  public Vec3 spineMiddle() {
    return spineMiddle != null ? spineMiddle : pelvis().lerp(shoulders(), 0.5);
  }

  /** This skeleton with its spine bent through {@code middle}. */
  public Skeleton withSpineMiddle(Vec3 middle) {
    return new Skeleton(points, Objects.requireNonNull(middle, "middle"));
  }

  /** Every joint moved by {@code f}. */
  public Skeleton map(UnaryOperator<Vec3> f) {
    EnumMap<Joint, Vec3> out = new EnumMap<>(Joint.class);
    points.forEach((j, p) -> out.put(j, f.apply(p)));
    return new Skeleton(out, spineMiddle == null ? null : f.apply(spineMiddle));
  }

  /** Joint-wise interpolation towards {@code other}: 0 gives this, 1 gives {@code other}. */
  public Skeleton lerp(Skeleton other, double w) {
    EnumMap<Joint, Vec3> out = new EnumMap<>(Joint.class);
    points.forEach((j, p) -> out.put(j, p.lerp(other.get(j), w)));
    boolean straight = spineMiddle == null && other.spineMiddle == null;
    return new Skeleton(out, straight ? null : spineMiddle().lerp(other.spineMiddle(), w));
  }

  /** The centre of the joints' bounding box. */
  public Vec3 centre() {
    double[] lo = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
    double[] hi = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    for (Vec3 p : points.values()) {
      lo[0] = Math.min(lo[0], p.x());
      lo[1] = Math.min(lo[1], p.y());
      lo[2] = Math.min(lo[2], p.z());
      hi[0] = Math.max(hi[0], p.x());
      hi[1] = Math.max(hi[1], p.y());
      hi[2] = Math.max(hi[2], p.z());
    }
    return new Vec3((lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2, (lo[2] + hi[2]) / 2);
  }
}
