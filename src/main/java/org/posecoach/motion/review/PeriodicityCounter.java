package org.posecoach.motion.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.posecoach.motion.signal.SignalShape;

/**
 * A second, independent count of a set's repetitions from the rhythm of its signal, as published
 * rehabilitation counters do: the period is the lag at which the signal best matches itself
 * (autocorrelation), and repetitions are the swings across the set's own amplitude (its middle
 * third; for a two-ended signal from one outer fifth to the other), spaced at least 0.6 periods
 * apart. It knows nothing of start values, thresholds or calibration, so where it disagrees with
 * the repetition detector one of the two has misread the set.
 *
 * <p>Input: the smoothed signal of the counted frames, in time order. Output: the count and the
 * period, or empty for a set too short or too still to have a rhythm.
 *
 * <pre>{@code
 * PeriodicityCounter rhythm = new PeriodicityCounter(SignalShape.TWO_ENDS);
 * for (...) rhythm.add(t, smoothed);
 * rhythm.count().ifPresent(c -> System.out.println(c.reps() + " at " + c.periodSeconds() + " s"));
 * }</pre>
 */
public final class PeriodicityCounter {

  /** The count and the rhythm it came from. */
  public record Count(int reps, double periodSeconds) {}

  /** Resampled at 10 Hz: well above the fastest repetition (about 1 Hz), cheap to correlate. */
  static final double SAMPLE_HZ = 10;

  /** No repetition of the routine is faster than a second. */
  static final double MIN_PERIOD_SECONDS = 1.0;

  /** ...or slower than 30 s (a glute stretch: 10 s hold and the way in and out). */
  static final double MAX_PERIOD_SECONDS = 30;

  /** A peak within 80 % of the highest counts as the period rather than a multiple of it. */
  static final double NEAR_HIGHEST = 0.8;

  /** A rhythm needs the signal to match itself one period later at least this well. */
  static final double MIN_CORRELATION = 0.3;

  /**
   * A swing counts when it crosses the middle third of the set's amplitude (the spread between its
   * 5th and 95th percentiles): a partial repetition does, a fidget does not.
   */
  static final double MIN_SWING_FRACTION = 1.0 / 3;

  /** A voted repetition (either side) goes out past 40 % of the set's amplitude... */
  static final double ONE_WAY_OUT_FRACTION = 0.4;

  /** ...and back under 20 % of it. */
  static final double ONE_WAY_BACK_FRACTION = 0.2;

  /**
   * A two-ended swing must go from the outer fifth on one side to the outer fifth on the other: its
   * rest lies between the ends, and near the smaller one (a flat back between a deep cow and a
   * small cat) it must not read as that end.
   */
  static final double MIN_TWO_ENDED_SWING_FRACTION = 0.6;

  /** Two swings closer than 0.6 periods (and than a second) are one repetition's wobble. */
  static final double MIN_SPACING_PERIODS = 0.6;

  /** A set that never moves more than this fraction of the textbook range has no rhythm. */
  static final double MIN_AMPLITUDE_OF_NOMINAL = 0.25;

  private final SignalShape shape;
  private final double nominalRange;
  private final List<double[]> samples = new ArrayList<>();

  /**
   * @param shape how one repetition moves the signal
   * @param nominalRange the textbook range, to tell a still set from a moving one
   */
  public PeriodicityCounter(SignalShape shape, double nominalRange) {
    this.shape = shape;
    this.nominalRange = nominalRange;
  }

  public void add(double timeSeconds, double value) {
    if (!samples.isEmpty() && timeSeconds <= samples.get(samples.size() - 1)[0]) {
      return;
    }
    samples.add(new double[] {timeSeconds, value});
  }

  /** The count so far, or empty when the set has no rhythm to read. */
  public Optional<Count> count() {
    double[] x = resample();
    if (x.length < SAMPLE_HZ * 2) {
      return Optional.empty();
    }
    double[] sorted = x.clone();
    Arrays.sort(sorted);
    double low = sorted[(int) (0.05 * (sorted.length - 1))];
    double high = sorted[(int) (0.95 * (sorted.length - 1))];
    double amplitude = high - low;
    if (amplitude < MIN_AMPLITUDE_OF_NOMINAL * nominalRange) {
      return Optional.of(new Count(0, Double.NaN));
    }
    double period = period(x);
    // Repetitions with pauses between them are less regular than the rhythm: the spacing that
    // merges one repetition's wobbles never exceeds the shortest repetition.
    double spacing =
        Double.isNaN(period)
            ? MIN_PERIOD_SECONDS
            : Math.min(MIN_SPACING_PERIODS * period, MIN_PERIOD_SECONDS);
    int reps = swings(x, low, amplitude, spacing);
    return Optional.of(new Count(reps, period));
  }

  /** The signal at {@link #SAMPLE_HZ}, linearly interpolated. */
  private double[] resample() {
    if (samples.size() < 2) {
      return new double[0];
    }
    double t0 = samples.get(0)[0];
    double t1 = samples.get(samples.size() - 1)[0];
    int n = (int) Math.floor((t1 - t0) * SAMPLE_HZ) + 1;
    double[] x = new double[n];
    int j = 0;
    for (int i = 0; i < n; i++) {
      double t = t0 + i / SAMPLE_HZ;
      while (j < samples.size() - 2 && samples.get(j + 1)[0] < t) {
        j++;
      }
      double[] a = samples.get(j);
      double[] b = samples.get(j + 1);
      double w = b[0] == a[0] ? 0 : Math.max(0, Math.min(1, (t - a[0]) / (b[0] - a[0])));
      x[i] = a[1] + w * (b[1] - a[1]);
    }
    return x;
  }

  /**
   * The lag of the first autocorrelation peak past the first dip that is nearly the highest, in
   * seconds; NaN when none reaches {@link #MIN_CORRELATION} (fewer than two repetitions, or no
   * rhythm).
   */
  private static double period(double[] x) {
    int n = x.length;
    double mean = 0;
    for (double v : x) {
      mean += v;
    }
    mean /= n;
    double var = 0;
    for (double v : x) {
      var += (v - mean) * (v - mean);
    }
    if (var == 0) {
      return Double.NaN;
    }
    int minLag = (int) Math.round(MIN_PERIOD_SECONDS * SAMPLE_HZ);
    // A lag must leave two thirds of the set to compare, so at least one and a half periods.
    int maxLag = (int) Math.min(MAX_PERIOD_SECONDS * SAMPLE_HZ, n / 1.5);
    if (maxLag <= minLag + 1) {
      return Double.NaN;
    }
    double[] r = new double[maxLag + 2];
    for (int k = 0; k <= maxLag + 1 && k < n; k++) {
      double s = 0;
      for (int i = 0; i + k < n; i++) {
        s += (x[i] - mean) * (x[i + k] - mean);
      }
      // Normalised per overlapping sample, so long lags are not penalised for overlapping less.
      r[k] = (s / (n - k)) / (var / n);
    }
    int start = minLag;
    while (start <= maxLag && r[start] > 0) {
      start++; // past the first dip: the signal's own smoothness is not a rhythm
    }
    List<Integer> peaks = new ArrayList<>();
    double highest = 0;
    for (int k = Math.max(start, minLag); k <= maxLag; k++) {
      if (r[k] >= r[k - 1] && r[k] >= r[k + 1] && r[k] >= MIN_CORRELATION) {
        peaks.add(k);
        highest = Math.max(highest, r[k]);
      }
    }
    // Multiples of the period correlate about as well as the period itself: the first peak
    // nearly as high as the highest is the period.
    for (int k : peaks) {
      if (r[k] >= NEAR_HIGHEST * highest) {
        return k / SAMPLE_HZ;
      }
    }
    return Double.NaN;
  }

  /**
   * Repetitions as swings: the signal is followed through a high and a low band on either side of
   * the middle of its amplitude; visits to a band closer than {@code spacing} merge. A one-way or
   * voted signal rests low and makes one high visit per repetition; a two-ended one needs both ends
   * per repetition (cow, cat, cow is one); a signed one rests in the middle and swings out to
   * either band, each visit a repetition on that side.
   */
  private int swings(double[] x, double low, double amplitude, double spacingSeconds) {
    double middle = low + amplitude / 2;
    double band =
        (shape == SignalShape.TWO_ENDS ? MIN_TWO_ENDED_SWING_FRACTION : MIN_SWING_FRACTION)
            * amplitude
            / 2;
    double hi = middle + band;
    double lo = middle - band;
    if (shape == SignalShape.VOTED_SIDES) {
      // A voted signal rises for both sides, and one side's repetitions may be much smaller than
      // the other's (a camera above the far side flattens its drops): out is past 40 % of the
      // amplitude, back is under 20 %.
      hi = low + ONE_WAY_OUT_FRACTION * amplitude;
      lo = low + ONE_WAY_BACK_FRACTION * amplitude;
    }
    boolean signed = shape == SignalShape.SIGNED_SIDES;
    boolean outAndBack = shape == SignalShape.ONE_WAY || shape == SignalShape.VOTED_SIDES;
    boolean out = false;
    int returns = 0;
    int spacing = (int) Math.round(spacingSeconds * SAMPLE_HZ);
    boolean highArmed = true;
    boolean lowArmed = true;
    int highVisits = 0;
    int lowVisits = 0;
    int lastHigh = Integer.MIN_VALUE / 2;
    int lastLow = Integer.MIN_VALUE / 2;
    for (int i = 0; i < x.length; i++) {
      // Visits are spaced by when they began: a repetition's entries are a period apart.
      if (x[i] >= hi) {
        if (highArmed && i - lastHigh >= spacing) {
          highVisits++;
          lastHigh = i;
          out = lowVisits > 0 || i > 0 && x[0] < lo + band; // out from the start, not started out
        }
        highArmed = false;
        lowArmed = lowArmed || !signed;
      } else if (x[i] <= lo) {
        if (out) {
          returns++; // back from a swing out: one repetition of a one-way signal
          out = false;
        }
        if (lowArmed && i - lastLow >= spacing) {
          lowVisits++;
          lastLow = i;
        }
        lowArmed = false;
        highArmed = highArmed || !signed;
      } else if (signed) {
        // Back near the middle: ready for the next swing to either side.
        highArmed = highArmed || x[i] < middle + band / 2;
        lowArmed = lowArmed || x[i] > middle - band / 2;
      }
    }
    return switch (shape) {
      case SIGNED_SIDES -> highVisits + lowVisits;
      case TWO_ENDS -> Math.min(highVisits, lowVisits);
      case ONE_WAY, VOTED_SIDES -> returns;
    };
  }
}
