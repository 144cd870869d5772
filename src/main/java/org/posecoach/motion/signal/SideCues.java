package org.posecoach.motion.signal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One frame's raw evidence of the side a {@link SignalShape#VOTED_SIDES} movement goes to: a fixed
 * list of numbers (their meaning is the signal's own), any of them {@code NaN} when not seen. A
 * frame's evidence is only meaningful against the start position's ({@link
 * ExerciseSignal#sideVote(SideCues, SideCues)}): which way things moved, not where they are.
 */
public final class SideCues {

  private final double[] values;

  public SideCues(double... values) {
    this.values = values.clone();
  }

  public int size() {
    return values.length;
  }

  /** The {@code i}-th cue, {@code NaN} when it was not seen. */
  public double get(int i) {
    return values[i];
  }

  /**
   * The component-wise median of {@code frames} (ignoring unseen components): what the start
   * position reads, held for a moment. Empty input or differently sized cues give an empty result.
   */
  public static SideCues median(List<SideCues> frames) {
    if (frames.isEmpty()) {
      return new SideCues();
    }
    int n = frames.get(0).size();
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      List<Double> seen = new ArrayList<>();
      for (SideCues f : frames) {
        if (f.size() != n) {
          return new SideCues();
        }
        if (!Double.isNaN(f.get(i))) {
          seen.add(f.get(i));
        }
      }
      out[i] = medianOf(seen);
    }
    return new SideCues(out);
  }

  /**
   * These cues moved {@code weight} (0..1) of the way towards {@code current}, component by
   * component; a component not seen in either keeps whichever value it has.
   */
  public SideCues towards(SideCues current, double weight) {
    if (current.size() != size()) {
      return this;
    }
    double[] out = values.clone();
    for (int i = 0; i < out.length; i++) {
      double c = current.get(i);
      if (Double.isNaN(out[i])) {
        out[i] = c;
      } else if (!Double.isNaN(c)) {
        out[i] += weight * (c - out[i]);
      }
    }
    return new SideCues(out);
  }

  private static double medianOf(List<Double> v) {
    if (v.isEmpty()) {
      return Double.NaN;
    }
    v.sort(Double::compare);
    int n = v.size();
    return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SideCues c && Arrays.equals(values, c.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "SideCues" + Arrays.toString(values);
  }
}
