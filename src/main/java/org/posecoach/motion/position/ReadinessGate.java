package org.posecoach.motion.position;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.posecoach.motion.signal.SideCues;

/**
 * The "getting into position" gate: counting starts only once the start position has been
 * recognised and held still for {@link #HOLD_SECONDS}.
 *
 * <p>Feed it every frame with whether the start position is recognised and the exercise signal's
 * value. The hold restarts when the position is lost for longer than {@link #FLICKER_SECONDS} and
 * slides forward while the signal moves more than the still band, so getting into position (which
 * passes through the start position in motion) does not open it. Once ready, {@link #neutral()} is
 * the median signal value over the hold: the user's own start value.
 *
 * <pre>{@code
 * ReadinessGate gate = new ReadinessGate(0.15 * nominalRange);
 * gate.update(t, inStartPosition, signalValue);
 * if (gate.isReady()) detector.start(gate.neutral());
 * }</pre>
 */
public final class ReadinessGate {

  /**
   * Held for 1 s: a person who has settled into position is still for a breath before starting (the
   * rendered clips hold 2 s); someone passing through the position on the way down is not.
   */
  public static final double HOLD_SECONDS = 1.0;

  /** The start value is taken over the last half second of the hold. */
  public static final double NEUTRAL_SECONDS = 0.5;

  /** A misread frame or two (0.3 s) inside the hold does not restart it. */
  public static final double FLICKER_SECONDS = 0.3;

  private record Sample(double time, double value, Optional<SideCues> cues) {}

  private final double stillBand;
  private final Deque<Sample> hold = new ArrayDeque<>();
  private double holdStart = Double.NaN;
  private double lostSince = Double.NaN;
  private double lastTime = Double.NaN;

  /**
   * @param stillBand the signal may vary this much (max minus min, signal units) during the hold
   */
  public ReadinessGate(double stillBand) {
    if (!(stillBand > 0)) {
      throw new IllegalArgumentException("still band must be positive");
    }
    this.stillBand = stillBand;
  }

  public void reset() {
    hold.clear();
    holdStart = Double.NaN;
    lostSince = Double.NaN;
  }

  /**
   * @param timeSeconds frame time
   * @param inStartPosition whether the start position is recognised in this frame
   * @param value the exercise signal in this frame, or NaN when it cannot be measured
   */
  public void update(double timeSeconds, boolean inStartPosition, double value) {
    update(timeSeconds, inStartPosition, value, Optional.empty());
  }

  /**
   * As {@link #update(double, boolean, double)}, with the signal's raw side evidence (empty when it
   * has none), whose start-position reading {@link #neutralCues()} then gives.
   */
  public void update(
      double timeSeconds, boolean inStartPosition, double value, Optional<SideCues> cues) {
    lastTime = timeSeconds;
    boolean usable = inStartPosition && !Double.isNaN(value);
    if (!usable) {
      if (Double.isNaN(lostSince)) {
        lostSince = timeSeconds;
      }
      if (timeSeconds - lostSince > FLICKER_SECONDS) {
        reset();
        lostSince = timeSeconds;
      }
      return;
    }
    lostSince = Double.NaN;
    if (Double.isNaN(holdStart)) {
      holdStart = timeSeconds;
    }
    hold.addLast(new Sample(timeSeconds, value, cues));
    while (spread() > stillBand && hold.size() > 1) {
      hold.removeFirst();
      holdStart = hold.peekFirst().time();
    }
  }

  /** How far the hold has got, 0..1. */
  public double progress() {
    if (Double.isNaN(holdStart) || hold.isEmpty()) {
      return 0;
    }
    return Math.min(1, (lastTime - holdStart) / HOLD_SECONDS);
  }

  public boolean isReady() {
    return progress() >= 1;
  }

  /**
   * The median signal value over the last {@link #NEUTRAL_SECONDS} of the hold (NaN before any
   * sample): where the user has settled, not where they were still arriving.
   */
  public double neutral() {
    List<Double> values = new ArrayList<>();
    for (Sample s : hold) {
      if (lastTime - s.time() <= NEUTRAL_SECONDS) {
        values.add(s.value());
      }
    }
    return median(values);
  }

  /**
   * The side evidence of the start position: the component-wise median over the hold, against which
   * each frame's evidence is read; empty when the signal gives none.
   */
  public Optional<SideCues> neutralCues() {
    List<SideCues> cues = new ArrayList<>();
    for (Sample s : hold) {
      s.cues().ifPresent(cues::add);
    }
    return cues.isEmpty() ? Optional.empty() : Optional.of(SideCues.median(cues));
  }

  private static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    values.sort(Double::compare);
    int n = values.size();
    return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
  }

  private double spread() {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (Sample s : hold) {
      min = Math.min(min, s.value());
      max = Math.max(max, s.value());
    }
    return max - min;
  }
}
