package org.posecoach.motion.rep;

import java.util.List;
import org.posecoach.motion.rep.Trajectory.Point;

/**
 * Smoothness of one movement segment, by the speed metric of Rohrer et al. (2002, "Movement
 * smoothness changes during stroke recovery"): mean speed divided by peak speed.
 *
 * <p>A smooth reach has one bell-shaped speed peak: over the middle 80 % of the distance (10 %-90
 * %), a minimum-jerk movement scores 0.71 and a sinusoidal one 0.86. A movement made in jerks, or
 * stopped and restarted halfway, has a speed peak far above its mean and scores below 0.45. Only
 * the middle 80 % is used so that a hold at the end, or the slow start from rest, does not lower
 * the score. Speeds come from the signal smoothed again with a centred moving average, so that
 * keypoint jitter does not pass for jerks.
 *
 * <pre>{@code
 * double ratio = MovementQuality.speedRatio(points, neutral, peak);  // 0.8: smooth
 * }</pre>
 */
public final class MovementQuality {

  /**
   * Centred moving average half-width: 0.15 s removes most keypoint jitter; a stop of 0.4 s or more
   * inside a movement survives it.
   */
  private static final double SMOOTH_HALF_WINDOW_SECONDS = 0.15;

  /** Speed by central difference over +-0.1 s (three frames each way at 30 fps). */
  private static final double SPEED_HALF_SPAN_SECONDS = 0.1;

  /** Fewer samples than this across the segment cannot show a speed profile. */
  private static final int MIN_SAMPLES = 5;

  private MovementQuality() {}

  /**
   * The speed ratio of the part of {@code points} that travels from level {@code from} to level
   * {@code to} (either direction): from its first crossing of 10 % of the way to its first
   * following crossing of 90 %.
   *
   * @return mean speed / peak speed in (0, 1], or NaN when the segment is not found or too short
   */
  public static double speedRatio(List<Point> points, double from, double to) {
    if (points.size() < MIN_SAMPLES || from == to) {
      return Double.NaN;
    }
    double[] t = new double[points.size()];
    double[] v = smooth(points, t);
    double span = to - from;
    int start = -1;
    int end = -1;
    for (int i = 0; i < v.length; i++) {
      double progress = (v[i] - from) / span;
      if (start < 0 && progress >= 0.1) {
        start = i;
      }
      if (start >= 0 && progress >= 0.9) {
        end = i;
        break;
      }
    }
    if (start < 0 || end < 0 || end - start + 1 < MIN_SAMPLES || t[end] <= t[start]) {
      return Double.NaN;
    }
    double meanSpeed = Math.abs(v[end] - v[start]) / (t[end] - t[start]);
    double peakSpeed = 0;
    for (int i = start; i <= end; i++) {
      peakSpeed = Math.max(peakSpeed, Math.abs(speed(t, v, i)));
    }
    return peakSpeed > 0 ? Math.min(1.0, meanSpeed / peakSpeed) : Double.NaN;
  }

  /**
   * The speed ratio of the return from the end position: the part of {@code points} after the last
   * time they stood within 10 % of the way from {@code peak} down to {@code to}.
   */
  public static double descentRatio(List<Point> points, double peak, double to) {
    double top = peak - 0.1 * (peak - to);
    int last = -1;
    for (int i = 0; i < points.size(); i++) {
      if (points.get(i).value() >= top) {
        last = i;
      }
    }
    if (last < 0) {
      return Double.NaN;
    }
    return speedRatio(points.subList(last, points.size()), peak, to);
  }

  private static double[] smooth(List<Point> points, double[] times) {
    int n = points.size();
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      times[i] = points.get(i).timeSeconds();
    }
    for (int i = 0; i < n; i++) {
      double sum = 0;
      int count = 0;
      for (int j = i; j >= 0 && times[i] - times[j] <= SMOOTH_HALF_WINDOW_SECONDS; j--) {
        sum += points.get(j).value();
        count++;
      }
      for (int j = i + 1; j < n && times[j] - times[i] <= SMOOTH_HALF_WINDOW_SECONDS; j++) {
        sum += points.get(j).value();
        count++;
      }
      out[i] = sum / count;
    }
    return out;
  }

  private static double speed(double[] t, double[] v, int i) {
    int lo = i;
    while (lo > 0 && t[i] - t[lo] < SPEED_HALF_SPAN_SECONDS) {
      lo--;
    }
    int hi = i;
    while (hi < t.length - 1 && t[hi] - t[i] < SPEED_HALF_SPAN_SECONDS) {
      hi++;
    }
    return hi > lo && t[hi] > t[lo] ? (v[hi] - v[lo]) / (t[hi] - t[lo]) : 0;
  }
}
