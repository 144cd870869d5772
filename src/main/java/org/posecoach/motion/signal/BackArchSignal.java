package org.posecoach.motion.signal;

import static org.posecoach.motion.signal.JointGroups.EITHER_HIP;
import static org.posecoach.motion.signal.JointGroups.EITHER_SHOULDER;

import java.util.Optional;
import java.util.OptionalDouble;
import org.posecoach.motion.body.BodyFrame;
import org.posecoach.motion.body.Vec2;
import org.posecoach.pose.PersonMask;

/**
 * Cat-camel read from the back itself: how far the outline of the back bows above the straight line
 * from the hips to the shoulders, in torso lengths; positive with the back rounded up (cat),
 * negative with it dipped (camel).
 *
 * <p>Keypoints have nothing between the shoulders and the hips, so the back is read from the
 * person's mask ({@link org.posecoach.pose.Pose#mask()}): across the torso line, at every twentieth
 * of its length between 15 % and 85 % (the shoulder blades and the buttocks lie beyond), the edge
 * of the mask on the image's upper side is found, searching from outside inwards so that a hole in
 * the mask is not taken for the edge. A straight line plus a parabola through those edge heights
 * gives the bow: the parabola's height at the middle over the chord. A back curved like an arc of
 * angle θ over the torso's length L bows by about L·θ/8, so the curve of the spine is read whatever
 * the head does (a nod moves no part of this outline). Seen obliquely, the torso line shortens but
 * the bow, across it, does not: the signal grows a little with the angle, which the per-user range
 * absorbs.
 */
public final class BackArchSignal extends ScalarSignal {

  /**
   * Rounding the thoracolumbar spine from neutral by about 55 degrees (published flexion in the
   * cat) bows the back by L·θ/8 ≈ 0.12 torso lengths; measured on real cat-camel footage 0.08-0.17.
   */
  private static final double NOMINAL_CAT = 0.12;

  /** Extending it by about 45 degrees into the camel (arching it): ≈ 0.10; measured 0.06-0.19. */
  private static final double NOMINAL_CAMEL = 0.10;

  /**
   * A flat back on hands and knees bows about nothing (the upper back's curve and the lower back's
   * hollow cancel over the span read); measured -0.02 to +0.04 on people holding a flat back.
   */
  private static final double NEUTRAL = 0.02;

  /** The outline is read between these fractions of the way from the hips to the shoulders. */
  private static final double FIRST_FRACTION = 0.15;

  private static final double LAST_FRACTION = 0.85;
  private static final int STATIONS = 15;

  /** At least this many stations must find the edge (two thirds of them). */
  private static final int MIN_STATIONS = 10;

  /** The edge is searched from this far outside the torso line inwards (torso lengths). */
  private static final double SEARCH_FROM = 0.8;

  /** ...down to this far inside it: a back can dip below the shoulder-hip line, not far. */
  private static final double SEARCH_TO = -0.25;

  /** The mask's own threshold: person where the probability is at least one half. */
  private static final double PERSON = 0.5;

  /**
   * A station whose edge lies further than this from the fit (and than 3 × the median distance) is
   * a stray arm, hair or a mask blot: fitted again without it.
   */
  private static final double MIN_OUTLIER = 0.02;

  public BackArchSignal() {
    super(
        SignalSpec.builder("back_arch", SignalSpec.TORSO_LENGTHS, SignalShape.TWO_ENDS)
            .nominalRanges(NOMINAL_CAMEL, NOMINAL_CAT)
            .requires(EITHER_SHOULDER, EITHER_HIP)
            .optRestValue(NEUTRAL)
            .optNeedsMask(true)
            .build());
  }

  @Override
  OptionalDouble value(BodyFrame body) {
    Optional<PersonMask> mask = body.pose().mask();
    Optional<Vec2> shoulders = body.shoulderMid();
    Optional<Vec2> hips = body.hipMid();
    if (mask.isEmpty() || shoulders.isEmpty() || hips.isEmpty()) {
      return OptionalDouble.empty();
    }
    OptionalDouble bow = bow(mask.get(), hips.get(), shoulders.get(), body.torsoLengthPx());
    // Arched (sagging) is positive: the bow up, turned over.
    return bow.isPresent() ? OptionalDouble.of(-bow.getAsDouble()) : OptionalDouble.empty();
  }

  /** The back's bow over the hip-shoulder line, in torso lengths, or empty when unreadable. */
  static OptionalDouble bow(PersonMask mask, Vec2 hips, Vec2 shoulders, double torsoPx) {
    Vec2 axis = shoulders.minus(hips);
    if (axis.norm() < 1e-6) {
      return OptionalDouble.empty();
    }
    Vec2 up = axis.unit().upNormal();
    double step = Math.max(0.5, Math.min(2.0, mask.pixelsPerCell() / 2));
    double[] f = new double[STATIONS];
    double[] height = new double[STATIONS];
    int n = 0;
    for (int i = 0; i < STATIONS; i++) {
      double fraction = FIRST_FRACTION + (LAST_FRACTION - FIRST_FRACTION) * i / (STATIONS - 1);
      Vec2 base = hips.plus(axis.times(fraction));
      OptionalDouble edge =
          edgeFromOutside(mask, base, up, SEARCH_FROM * torsoPx, SEARCH_TO * torsoPx, step);
      if (edge.isPresent()) {
        f[n] = fraction;
        height[n] = edge.getAsDouble() / torsoPx;
        n++;
      }
    }
    if (n < MIN_STATIONS) {
      return OptionalDouble.empty();
    }
    double[] fit = fit(f, height, n, null);
    if (fit == null) {
      return OptionalDouble.empty();
    }
    // Refit once without stations far off the curve (an arm or hair crossing the outline).
    double[] residual = new double[n];
    for (int i = 0; i < n; i++) {
      residual[i] = Math.abs(height[i] - value(fit, f[i]));
    }
    double limit = Math.max(MIN_OUTLIER, 3 * median(residual.clone()));
    boolean[] keep = new boolean[n];
    int kept = 0;
    for (int i = 0; i < n; i++) {
      keep[i] = residual[i] <= limit;
      kept += keep[i] ? 1 : 0;
    }
    if (kept < n) {
      if (kept < MIN_STATIONS) {
        return OptionalDouble.empty();
      }
      fit = fit(f, height, n, keep);
      if (fit == null) {
        return OptionalDouble.empty();
      }
    }
    return OptionalDouble.of(fit[2]);
  }

  /**
   * Walks from {@code from} pixels above {@code base} (along {@code up}) down to {@code to} and
   * returns where the mask first reaches {@link #PERSON}, interpolated between samples; empty when
   * the walk starts inside the person (something stands above the back) or never meets them.
   */
  private static OptionalDouble edgeFromOutside(
      PersonMask mask, Vec2 base, Vec2 up, double from, double to, double step) {
    double previous = probability(mask, base, up, from);
    if (previous >= PERSON) {
      return OptionalDouble.empty();
    }
    for (double d = from - step; d >= to; d -= step) {
      double p = probability(mask, base, up, d);
      if (p >= PERSON) {
        double w = (PERSON - previous) / (p - previous);
        return OptionalDouble.of(d + step * (1 - w));
      }
      previous = p;
    }
    return OptionalDouble.empty();
  }

  private static double probability(PersonMask mask, Vec2 base, Vec2 up, double d) {
    return mask.probabilityAt(base.x() + up.x() * d, base.y() + up.y() * d);
  }

  /** The bow basis: 1 at the middle of the torso line, 0 at both ends. */
  private static double parabola(double f) {
    return 4 * f * (1 - f);
  }

  private static double value(double[] fit, double f) {
    return fit[0] + fit[1] * f + fit[2] * parabola(f);
  }

  /** Least squares of height = a + b·f + c·parabola(f); null when degenerate. */
  private static double[] fit(double[] f, double[] height, int n, boolean[] keep) {
    double[][] a = new double[3][4];
    for (int i = 0; i < n; i++) {
      if (keep != null && !keep[i]) {
        continue;
      }
      double[] row = {1, f[i], parabola(f[i])};
      for (int r = 0; r < 3; r++) {
        for (int c = 0; c < 3; c++) {
          a[r][c] += row[r] * row[c];
        }
        a[r][3] += row[r] * height[i];
      }
    }
    // Gauss-Jordan on the 3×3 normal equations.
    for (int col = 0; col < 3; col++) {
      int pivot = col;
      for (int r = col + 1; r < 3; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
          pivot = r;
        }
      }
      if (Math.abs(a[pivot][col]) < 1e-12) {
        return null;
      }
      double[] tmp = a[col];
      a[col] = a[pivot];
      a[pivot] = tmp;
      for (int r = 0; r < 3; r++) {
        if (r != col) {
          double k = a[r][col] / a[col][col];
          for (int c = col; c < 4; c++) {
            a[r][c] -= k * a[col][c];
          }
        }
      }
    }
    return new double[] {a[0][3] / a[0][0], a[1][3] / a[1][1], a[2][3] / a[2][2]};
  }

  private static double median(double[] values) {
    java.util.Arrays.sort(values);
    int n = values.length;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  }
}
