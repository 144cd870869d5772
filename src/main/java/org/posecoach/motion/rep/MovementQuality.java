package org.posecoach.motion.rep;

import java.util.List;
import org.posecoach.motion.rep.Trajectory.Point;

/**
 * Smoothness of one movement segment as its number of submovements: the speed peaks it is made of,
 * in the sense of the stroke-recovery literature (Krebs et al. 1999; Rohrer et al. 2002, who count
 * speed peaks). A smooth reach has one bell-shaped speed profile; a stop-and-go movement has a
 * speed peak per burst with near-stops between them.
 *
 * <p>Over the middle 80 % of the segment's distance (10 %-90 %), the speed is read with hysteresis:
 * a new submovement starts when the speed rises above {@link #RISE_FRACTION} of the segment's peak
 * speed after having fallen below {@link #STOP_FRACTION} of it. A smooth movement keeps above about
 * 60 % of its peak speed over that middle part and scores 1; a pause partway scores 2. The signal
 * is smoothed again with a centred moving average first, so keypoint jitter is not read as stops.
 * Using only the middle 80 % keeps the slow start, a hold at the end, or the slow arrival out of
 * it.
 *
 * <pre>{@code
 * int n = MovementQuality.submovements(points, neutral, peak);  // 1: smooth; 2: stop-and-go
 * }</pre>
 */
public final class MovementQuality {

  /** Centred moving average half-width: 0.1 s removes most jitter, keeps a 0.3 s stop. */
  private static final double SMOOTH_HALF_WINDOW_SECONDS = 0.1;

  /** Speed by central difference over +-0.1 s (three frames each way at 30 fps). */
  private static final double SPEED_HALF_SPAN_SECONDS = 0.1;

  /** Fewer samples than this across the segment cannot show a speed profile. */
  private static final int MIN_SAMPLES = 5;

  /**
   * A stop: speed under 15 % of the segment's peak speed. A deliberate pause reads under 10 % even
   * with keypoint jitter; an uneven but continuous movement (a nod on the way) stays above 25 %.
   */
  public static final double STOP_FRACTION = 0.15;

  /** A new burst: speed back over half of the segment's peak speed after a stop. */
  public static final double RISE_FRACTION = 0.5;

  private MovementQuality() {}

  /**
   * Submovements of the part of {@code points} that travels from level {@code from} to level {@code
   * to} (either direction): from its first crossing of 10 % of the way to its first following
   * crossing of 90 %.
   *
   * @return 1 or more, or 0 when the segment is not found or too short to judge
   */
  public static int submovements(List<Point> points, double from, double to) {
    if (points.size() < MIN_SAMPLES || from == to) {
      return 0;
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
    if (start < 0 || end < 0 || end - start + 1 < MIN_SAMPLES) {
      return 0;
    }
    double[] speed = new double[end - start + 1];
    double peak = 0;
    for (int i = start; i <= end; i++) {
      speed[i - start] = Math.abs(speed(t, v, i));
      peak = Math.max(peak, speed[i - start]);
    }
    if (peak <= 0) {
      return 0;
    }
    int count = 0;
    boolean stopped = true;
    for (double s : speed) {
      if (stopped && s >= RISE_FRACTION * peak) {
        count++;
        stopped = false;
      } else if (!stopped && s <= STOP_FRACTION * peak) {
        stopped = true;
      }
    }
    return Math.max(1, count);
  }

  /**
   * Submovements of the approach to the end position: from the start of {@code points} to the first
   * place where the movement stops (a local maximum of the smoothed signal) at 80 % or more of the
   * way to {@code peak}. A pause lower down is part of the approach; a hold at the end, however
   * long or noisy, is not.
   */
  public static int approach(List<Point> points, double peak) {
    if (points.size() < MIN_SAMPLES) {
      return 0;
    }
    double[] t = new double[points.size()];
    double[] v = smooth(points, t);
    double start = v[0];
    double level = start + 0.8 * (peak - start);
    for (int i = 1; i < v.length; i++) {
      if (v[i] >= level && isLocalMax(t, v, i)) {
        return submovements(points.subList(0, i + 1), points.get(0).value(), v[i]);
      }
    }
    return submovements(points, points.get(0).value(), peak);
  }

  /**
   * Submovements of the return from the end position: the part of {@code points} after the last
   * time they stood within 10 % of the way from {@code peak} down to {@code to}.
   */
  public static int descent(List<Point> points, double peak, double to) {
    double top = peak - 0.1 * (peak - to);
    int last = -1;
    for (int i = 0; i < points.size(); i++) {
      if (points.get(i).value() >= top) {
        last = i;
      }
    }
    if (last < 0) {
      return 0;
    }
    return submovements(points.subList(last, points.size()), peak, to);
  }

  private static boolean isLocalMax(double[] t, double[] v, int i) {
    for (int j = i + 1; j < v.length && t[j] - t[i] <= SMOOTH_HALF_WINDOW_SECONDS; j++) {
      if (v[j] > v[i]) {
        return false;
      }
    }
    return true;
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
