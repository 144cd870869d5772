package org.posecoach.motion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.posecoach.motion.vocabulary.MotionEvent;
import org.posecoach.motion.vocabulary.MotionEvent.FormEvent;
import org.posecoach.motion.vocabulary.MotionEvent.HoldCompleted;
import org.posecoach.motion.vocabulary.MotionEvent.RepCounted;
import org.posecoach.motion.vocabulary.Side;
import org.posecoach.synthetic.ExpectedEvent;
import org.posecoach.synthetic.ExpectedRep;
import org.posecoach.synthetic.SyntheticFrame;
import org.posecoach.synthetic.SyntheticStream;

/** Runs an analyzer over a synthetic stream and compares what it reported with the truth. */
final class StreamRun {

  /** A count reported by the analyzer. */
  record Count(double timeSeconds, Optional<Side> side) {}

  final SyntheticStream stream;
  final List<Count> counts = new ArrayList<>();
  final List<FormEvent> events = new ArrayList<>();
  final List<MotionEvent> all = new ArrayList<>();
  final AnalyzerSnapshot last;

  StreamRun(SyntheticStream stream) {
    this.stream = stream;
    ExerciseAnalyzer analyzer = new ExerciseAnalyzer(stream.settings());
    analyzer.addListener(
        e -> {
          all.add(e);
          if (e instanceof RepCounted r) {
            counts.add(new Count(r.timeSeconds(), r.side()));
          } else if (e instanceof HoldCompleted h) {
            counts.add(new Count(h.timeSeconds(), h.side()));
          } else if (e instanceof FormEvent f) {
            events.add(f);
          }
        });
    for (SyntheticFrame f : stream.frames()) {
      analyzer.accept(f.pose(), f.timestampNanos());
    }
    last = analyzer.snapshot();
  }

  int count(Side side) {
    return (int)
        counts.stream().filter(c -> c.side().isPresent() && c.side().get() == side).count();
  }

  /** Whether the counts match the truth exactly: total, per side, and each in its window. */
  boolean countsExact() {
    List<ExpectedRep> expected = stream.truth().reps();
    if (counts.size() != expected.size()
        || count(Side.LEFT) != stream.truth().count(Side.LEFT)
        || count(Side.RIGHT) != stream.truth().count(Side.RIGHT)) {
      return false;
    }
    for (int i = 0; i < counts.size(); i++) {
      Count c = counts.get(i);
      ExpectedRep e = expected.get(i);
      if (c.timeSeconds() < e.fromSeconds()
          || c.timeSeconds() > e.toSeconds()
          || !c.side().equals(e.side())) {
        return false;
      }
    }
    return true;
  }

  /** Expected events with a matching reported event. */
  int expectedFound() {
    int n = 0;
    for (ExpectedEvent e : stream.truth().events()) {
      if (events.stream().anyMatch(f -> e.matches(f.issue(), f.side(), f.timeSeconds()))) {
        n++;
      }
    }
    return n;
  }

  /** Reported events that match no expected event. */
  List<FormEvent> falseEvents() {
    List<FormEvent> out = new ArrayList<>();
    for (FormEvent f : events) {
      boolean ok =
          stream.truth().events().stream()
              .anyMatch(e -> e.matches(f.issue(), f.side(), f.timeSeconds()));
      if (!ok) {
        out.add(f);
      }
    }
    return out;
  }

  String report() {
    StringBuilder s = new StringBuilder(stream.description());
    s.append("\n  expected reps ")
        .append(stream.truth().total())
        .append(" (L")
        .append(stream.truth().count(Side.LEFT))
        .append(" R")
        .append(stream.truth().count(Side.RIGHT))
        .append(")")
        .append(" got ")
        .append(counts.size())
        .append(" (L")
        .append(count(Side.LEFT))
        .append(" R")
        .append(count(Side.RIGHT))
        .append(")");
    s.append("\n  expected reps: ");
    stream
        .truth()
        .reps()
        .forEach(
            r ->
                s.append(
                    String.format(
                        "[%.1f-%.1f %s] ",
                        r.fromSeconds(), r.toSeconds(), r.side().map(Enum::name).orElse(""))));
    s.append("\n  counted at: ");
    counts.forEach(
        c ->
            s.append(
                String.format(
                    "%.1f%s ",
                    c.timeSeconds(), c.side().map(x -> x.name().substring(0, 1)).orElse(""))));
    s.append("\n  expected events: ");
    stream
        .truth()
        .events()
        .forEach(
            e ->
                s.append(
                    String.format(
                        "%s%s[%.1f-%.1f] ",
                        e.issue(),
                        e.side().map(x -> "/" + x).orElse(""),
                        e.fromSeconds(),
                        e.toSeconds())));
    s.append("\n  reported events: ");
    events.forEach(
        e ->
            s.append(
                String.format(
                    "%s%s@%.1f ",
                    e.issue(), e.side().map(x -> "/" + x).orElse(""), e.timeSeconds())));
    s.append("\n  states: ");
    all.stream()
        .filter(e -> e instanceof MotionEvent.StateChanged)
        .forEach(
            e ->
                s.append(
                    String.format(
                        "%s@%.1f ", ((MotionEvent.StateChanged) e).to(), e.timeSeconds())));
    return s.toString();
  }
}
