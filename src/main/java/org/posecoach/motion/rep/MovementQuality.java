package org.posecoach.motion.rep;

import java.util.Arrays;
import java.util.List;
import org.posecoach.motion.rep.Trajectory.Point;

/**
 * Smoothness of one movement segment as its number of submovements: the bursts it is made of, in
 * the sense of the stroke-recovery literature (Krebs et al. 1999; Rohrer et al. 2002). A smooth
 * movement is one burst; a stop-and-go movement is a burst per go, with stops between them.
 *
 * <p>Over the middle 80 % of the segment's distance (10 %-90 %) a stop is any stretch of {@link
 * #STOP_WINDOW_SECONDS} in which the signal covers less than {@link #STOP_SPEED_FRACTION} of the
 * distance the segment's mean speed would cover: a smooth movement never slows that much in its
 * middle (a sinusoidal one keeps above 60 % of its peak speed there), a deliberate pause does.
 * Displacement over a window, not frame-to-frame speed, is what is compared, so keypoint jitter is
 * not read as stops; the signal is smoothed with a short centred moving average first. Using only
 * the middle 80 % keeps the slow start, a hold at the end and the slow arrival out of it.
 *
 * <pre>{@code
 * int n = MovementQuality.submovements(points, neutral, peak);  // 1: smooth; 2: stop-and-go
 * }</pre>
 */
public final class MovementQuality {

  /** Centred moving average half-width: 0.1 s takes out frame-to-frame jitter. */
  private static final double SMOOTH_HALF_WINDOW_SECONDS = 0.1;

  /** Fewer samples than this across the segment cannot show a stop. */
  private static final int MIN_SAMPLES = 5;

  /**
   * A stop lasts at least 0.35 s: deliberate stop-and-go pauses do (about half a second); a smooth
   * movement's slowest middle stretch, and jitter, do not look like one that long.
   */
  public static final double STOP_WINDOW_SECONDS = 0.35;

  /** A stop counts only between a quarter and three quarters of the way. */
  public static final double STOP_MIN_PROGRESS = 0.25;

  /** Stopped: covering under 20 % of what the segment's mean speed would over the window. */
  public static final double STOP_SPEED_FRACTION = 0.2;

  /**
   * A stop must be told from jitter with a margin of 2.5 standard deviations of the smoothed
   * signal's window-to-window difference; noisier segments are not judged at all.
   */
  private static final double NOISE_MARGIN_SIGMAS = 2.5;

  private MovementQuality() {}

  /**
   * Submovements of the part of {@code points} that travels from level {@code from} to level {@code
   * to} (either direction): from its first crossing of 10 % of the way to its first following
   * crossing of 90 %.
   *
   * @return 1 or more, or 0 when the segment is not found or too short to judge
   */
  public static int submovements(List<Point> points, double from, double to) {
    return submovements(points, from, to, Double.NaN);
  }

  /**
   * As {@link #submovements(List, double, double)}, with the signal's jitter (standard deviation,
   * signal units) measured elsewhere, e.g. at rest before the movement; NaN to estimate it from the
   * segment itself.
   */
  public static int submovements(List<Point> points, double from, double to, double jitter) {
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
    if (start < 0 || end < 0 || end - start + 1 < MIN_SAMPLES || t[end] <= t[start]) {
      return 0;
    }
    double meanSpeed = Math.abs(v[end] - v[start]) / (t[end] - t[start]);
    if (!judgeable(points, v, start, end, meanSpeed, jitter)) {
      return 0;
    }
    // Stops are stretches of slow windows; consecutive slow windows are one stop.
    int stops = 0;
    boolean inStop = false;
    for (int i = start; i <= end; i++) {
      int j = i;
      while (j <= end && t[j] - t[i] < STOP_WINDOW_SECONDS) {
        j++;
      }
      if (j > end) {
        break;
      }
      // A stop-and-go stop splits the movement into real goes: it stands between a quarter and
      // three quarters of the way, not at the segment's slow-starting or slow-ending edges.
      double progress = ((v[i] + v[j]) / 2 - from) / span;
      boolean slow =
          Math.abs(v[j] - v[i]) / (t[j] - t[i]) < STOP_SPEED_FRACTION * meanSpeed
              && progress >= STOP_MIN_PROGRESS
              && progress <= 1 - STOP_MIN_PROGRESS;
      if (slow && !inStop) {
        stops++;
      }
      inStop = slow;
    }
    return 1 + stops;
  }

  /**
   * Submovements of the approach to the end position: from the start of {@code points} to the first
   * place where the movement stops (a local maximum of the smoothed signal) at 80 % or more of the
   * way to {@code peak}. A pause lower down is part of the approach; a hold at the end, however
   * long or noisy, is not.
   */
  public static int approach(List<Point> points, double peak, double jitter) {
    if (points.size() < MIN_SAMPLES) {
      return 0;
    }
    double[] t = new double[points.size()];
    double[] v = smooth(points, t);
    double start = v[0];
    double level = start + 0.7 * (peak - start);
    for (int i = 1; i < v.length; i++) {
      if (v[i] >= level && isLocalMax(t, v, i)) {
        return submovements(points.subList(0, i + 1), points.get(0).value(), v[i], jitter);
      }
    }
    return submovements(points, points.get(0).value(), peak, jitter);
  }

  /**
   * Submovements of the return from the end position: the part of {@code points} after the last
   * time they stood within 10 % of the way from {@code peak} down to {@code to}.
   */
  public static int descent(List<Point> points, double peak, double to, double jitter) {
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
    return submovements(points.subList(last, points.size()), peak, to, jitter);
  }

  private static boolean isLocalMax(double[] t, double[] v, int i) {
    for (int j = i + 1; j < v.length && t[j] - t[i] <= SMOOTH_HALF_WINDOW_SECONDS; j++) {
      if (v[j] > v[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a stop would stand out from the jitter: the stop threshold (a displacement) must exceed
   * {@link #NOISE_MARGIN_SIGMAS} times the noise of a smoothed window-to-window difference. The
   * jitter is the raw samples' scatter around the smoothed curve, taken as a median absolute
   * deviation so that the smoothing's own lag in quick bursts does not count.
   */
  private static boolean judgeable(
      List<Point> points, double[] smoothed, int start, int end, double meanSpeed, double jitter) {
    // The larger of the jitter at rest and the scatter within the movement: smoothing passes more
    // jitter while the signal moves fast, so the rest figure alone is too hopeful.
    double sigma = residualSigma(points, smoothed, start, end);
    if (!Double.isNaN(jitter)) {
      sigma = Math.max(sigma, jitter);
    }
    double dt =
        (points.get(end).timeSeconds() - points.get(start).timeSeconds())
            / Math.max(1, end - start);
    double perWindow = Math.max(1, 2 * SMOOTH_HALF_WINDOW_SECONDS / dt);
    double differenceNoise = Math.sqrt(2) * sigma / Math.sqrt(perWindow);
    double threshold = STOP_SPEED_FRACTION * meanSpeed * STOP_WINDOW_SECONDS;
    return threshold > NOISE_MARGIN_SIGMAS * differenceNoise;
  }

  /**
   * The jitter of a stretch of signal: the scatter of the raw samples around their moving average,
   * as a median absolute deviation scaled to a standard deviation. Meant for a stretch at rest; NaN
   * when it is too short.
   */
  public static double jitter(List<Point> points) {
    if (points.size() < MIN_SAMPLES) {
      return Double.NaN;
    }
    double[] t = new double[points.size()];
    double[] v = smooth(points, t);
    return residualSigma(points, v, 0, points.size() - 1);
  }

  private static double residualSigma(List<Point> points, double[] smoothed, int start, int end) {
    double[] residual = new double[end - start + 1];
    for (int i = start; i <= end; i++) {
      residual[i - start] = Math.abs(points.get(i).value() - smoothed[i]);
    }
    Arrays.sort(residual);
    return 1.4826 * residual[residual.length / 2];
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
}
