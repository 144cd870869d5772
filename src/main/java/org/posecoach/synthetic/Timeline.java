package org.posecoach.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/** The performer's whole stream as consecutive spans of time, each producing the body pose. */
final class Timeline {

  /**
   * One span.
   *
   * @param start absolute start, seconds
   * @param end absolute end, seconds
   * @param pose the body at an absolute time within the span
   * @param cutJoints whether the part of the body the exercise needs is outside the image
   */
  record Span(double start, double end, DoubleFunction<Skeleton> pose, boolean cutJoints) {}

  private final List<Span> spans = new ArrayList<>();
  private double end;

  double end() {
    return end;
  }

  /** Appends a span of {@code seconds}; {@code pose} receives the time since the span's start. */
  Span add(double seconds, DoubleFunction<Skeleton> pose, boolean cut) {
    double start = end;
    Span s = new Span(start, start + seconds, t -> pose.apply(t - start), cut);
    spans.add(s);
    end += seconds;
    return s;
  }

  /** Appends a movement through key poses, each leg taking {@code secondsPerLeg}. */
  void transition(List<Skeleton> keys, double secondsPerLeg) {
    for (int i = 0; i + 1 < keys.size(); i++) {
      Skeleton a = keys.get(i);
      Skeleton b = keys.get(i + 1);
      add(
          secondsPerLeg,
          t -> {
            double u = Math.max(0, Math.min(1, t / secondsPerLeg));
            return a.lerp(b, u * u * (3 - 2 * u));
          },
          false);
    }
  }

  Span at(double t) {
    for (Span s : spans) {
      if (t < s.end()) {
        return s;
      }
    }
    return spans.get(spans.size() - 1);
  }
}
