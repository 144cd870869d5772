package org.posecoach.motion.rep;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.posecoach.motion.filter.SlopeEstimator;
import org.posecoach.motion.signal.SignalSample;

/** Feeds a detector a signal given as a function of time, like the analyzer does. */
final class DetectorTestSupport {

  private DetectorTestSupport() {}

  static List<DetectorEvent> run(
      RepDetector detector, DoubleUnaryOperator signal, DoubleUnaryOperator vote, double seconds) {
    detector.start();
    SlopeEstimator slope = new SlopeEstimator(0.4);
    List<DetectorEvent> events = new ArrayList<>();
    for (int i = 0; i <= seconds * 30; i++) {
      double t = i / 30.0;
      double v = signal.applyAsDouble(t);
      double s = slope.apply(t, v);
      double sv = vote == null ? Double.NaN : vote.applyAsDouble(t);
      events.addAll(detector.update(t, new SignalSample(v, sv), s));
    }
    return events;
  }

  static List<Rep> reps(List<DetectorEvent> events) {
    List<Rep> out = new ArrayList<>();
    for (DetectorEvent e : events) {
      if (e instanceof DetectorEvent.RepDone done) {
        out.add(done.rep());
      }
    }
    return out;
  }

  static List<Excursion> excursions(List<DetectorEvent> events) {
    List<Excursion> out = new ArrayList<>();
    for (DetectorEvent e : events) {
      if (e instanceof DetectorEvent.ExcursionDone done) {
        out.add(done.excursion());
      }
    }
    return out;
  }

  /** Repetitions of a raised-cosine bump of {@code amplitude} every {@code period} seconds. */
  static double bumps(double t, double period, double amplitude, int count, double start) {
    double u = t - start;
    if (u < 0 || u >= period * count) {
      return 0;
    }
    return amplitude * (1 - Math.cos(2 * Math.PI * (u % period) / period)) / 2;
  }
}
