package org.posecoach.motion;

import java.util.Optional;
import org.posecoach.motion.filter.MedianFilter;
import org.posecoach.motion.filter.SignalFilter;
import org.posecoach.motion.filter.SlopeEstimator;
import org.posecoach.motion.form.FormChecker;
import org.posecoach.motion.form.HeadOnlyCheck;
import org.posecoach.motion.rep.DetectorConfig;
import org.posecoach.motion.rep.DetectorStatus;
import org.posecoach.motion.rep.Phase;
import org.posecoach.motion.rep.RepDetector;
import org.posecoach.motion.rep.RepDetectors;
import org.posecoach.motion.review.PeriodicityCounter;
import org.posecoach.motion.signal.ExerciseSignal;
import org.posecoach.motion.signal.ExerciseSignals;
import org.posecoach.motion.signal.HeadNeckSignal;
import org.posecoach.motion.signal.SideCues;
import org.posecoach.motion.vocabulary.CameraView;
import org.posecoach.motion.vocabulary.ExerciseSettings;
import org.posecoach.pose.smoothing.OneEuroFilter;

/**
 * Everything of {@link ExerciseAnalyzer} that depends on the camera view: the exercise's signal for
 * that view, its smoothing (median of three, One Euro, slope), the rep detector, form checker and
 * rhythm counter fed from it, and the start position's side evidence learnt while resting.
 */
final class ViewChain {
  /**
   * One Euro filter at rest: 1 Hz keeps repetitions (0.15-0.7 Hz) and removes most keypoint jitter
   * (reduces white jitter at 30 fps about threefold).
   */
  static final double FILTER_MIN_CUTOFF_HZ = 1.0;

  /** Cutoff rises 0.5 Hz per range per second: a fast repetition (2 ranges/s) lags only ~0.08 s. */
  static final double FILTER_BETA_PER_RANGE = 0.5;

  /** The filter's speed estimate is smoothed at 1 Hz, as in the One Euro paper's defaults. */
  static final double FILTER_DERIVATIVE_CUTOFF_HZ = 1.0;

  /**
   * The speed handed to the detector (hold stillness) is the slope over the last 0.4 s of the
   * smoothed signal: steady enough for a still hold to read still under keypoint jitter.
   */
  static final double SLOPE_WINDOW_SECONDS = 0.4;

  /** Smoothing does not bridge gaps over half a second: the filter restarts. */
  static final double FILTER_RESET_GAP_SECONDS = 0.5;

  /**
   * Resting near the start value: within a quarter of the textbook range, the same band as "back
   * through the centre".
   */
  static final double REST_BAND_RANGE_FRACTION = 0.25;

  /**
   * The start position's side evidence follows the user while they rest near the start value and
   * still, as slowly as the start value itself does (time constant 6 s), so that knees settled a
   * little differently after a break do not read as having moved towards a side.
   */
  static final double NEUTRAL_CUES_TIME_CONSTANT_SECONDS = 6.0;

  /**
   * For its first second at rest the start position's side evidence is learnt with a time constant
   * of 0.3 s: like the median over a held start, without asking the user to hold still first.
   */
  static final double START_CUES_SECONDS = 1.0;

  static final double START_CUES_TIME_CONSTANT_SECONDS = 0.3;

  /** Resting still: slower than 15 % of the range per second (as the detector's start value). */
  static final double NEUTRAL_CUES_MAX_SPEED_RANGES_PER_SECOND = 0.15;

  final CameraView view;
  final ExerciseSignal signal;
  final SignalFilter median = new MedianFilter();
  final OneEuroFilter filter;
  final SlopeEstimator slope = new SlopeEstimator(SLOPE_WINDOW_SECONDS);
  final RepDetector detector;
  final FormChecker checker;
  final PeriodicityCounter rhythm;

  /** For a signal read from the back, the head's angle, to tell a nod from the exercise. */
  final Optional<ExerciseSignal> head;

  final HeadOnlyCheck nods = new HeadOnlyCheck();
  final double norm;
  final boolean countHolds;
  double lastSampleTime = Double.NaN;
  double lastSmoothed = Double.NaN;
  double lastSlope;
  Optional<SideCues> neutralCues = Optional.empty();
  double neutralCuesSeconds;
  double lastFedTime = Double.NaN;

  ViewChain(ExerciseSettings settings, CameraView view) {
    this.view = view;
    signal = ExerciseSignals.forExercise(settings.exercise(), view);
    norm = (signal.nominalRange(true) + signal.nominalRange(false)) / 2;
    filter =
        new OneEuroFilter(
            OneEuroFilter.Flavour.PAPER,
            FILTER_MIN_CUTOFF_HZ,
            FILTER_BETA_PER_RANGE,
            FILTER_DERIVATIVE_CUTOFF_HZ);
    DetectorConfig config = DetectorConfig.of(signal, settings);
    countHolds = config.countHolds();
    detector = RepDetectors.create(config);
    checker = new FormChecker(settings, signal.sidesComparable(), countHolds);
    rhythm = new PeriodicityCounter(signal.shape(), norm);
    head = signal.needsMask() ? Optional.of(new HeadNeckSignal()) : Optional.empty();
  }

  /** Smooths one raw signal value, restarting the filter after a gap. */
  double smooth(double t, double raw) {
    if (!Double.isNaN(lastSampleTime) && t - lastSampleTime > FILTER_RESET_GAP_SECONDS) {
      median.reset();
      filter.reset();
      slope.reset();
    }
    if (t == lastSampleTime) {
      return lastSmoothed;
    }
    lastSampleTime = t;
    // Glitches out first (median of three), then jitter (One Euro).
    lastSmoothed = filter.apply(t, median.apply(t, raw) / norm) * norm;
    lastSlope = slope.apply(t, lastSmoothed);
    return lastSmoothed;
  }

  /**
   * Learns the start position's side evidence from a frame's {@code cues} while the user rests near
   * the start value and still.
   *
   * @param dt seconds since the previous frame fed to the detector (0 for the first)
   */
  void learnNeutralCues(SideCues cues, DetectorStatus status, double velocity, double dt) {
    boolean resting =
        status.phase() == Phase.REST
            && status.progress() <= REST_BAND_RANGE_FRACTION
            && Math.abs(velocity) <= NEUTRAL_CUES_MAX_SPEED_RANGES_PER_SECOND * norm;
    if (resting && neutralCues.isEmpty()) {
      neutralCues = Optional.of(cues);
      neutralCuesSeconds = 0;
    } else if (resting && dt > 0) {
      // Resting at the start value: its evidence is learnt over the first second there (a
      // median over a held start, without asking for the hold), then follows slowly.
      double tau =
          neutralCuesSeconds < START_CUES_SECONDS
              ? START_CUES_TIME_CONSTANT_SECONDS
              : NEUTRAL_CUES_TIME_CONSTANT_SECONDS;
      neutralCues = Optional.of(neutralCues.get().towards(cues, 1 - Math.exp(-dt / tau)));
      neutralCuesSeconds += dt;
    }
  }
}
