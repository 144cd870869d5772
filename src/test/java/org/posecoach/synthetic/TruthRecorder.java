package org.posecoach.synthetic;

import static org.posecoach.synthetic.Performance.COUNT_LATENCY_SECONDS;
import static org.posecoach.synthetic.Performance.EVENT_LATENCY_SECONDS;
import static org.posecoach.synthetic.Performance.HOLD_COUNT_LATENCY_SECONDS;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.ExerciseSettings;
import org.posecoach.motion.vocabulary.FormIssue;
import org.posecoach.motion.vocabulary.Side;

/**
 * Listens to the performer and writes down what the analyzer must count and report, each within a
 * time window: the ground truth of a synthetic stream.
 */
final class TruthRecorder implements PerformanceObserver {
  private final ExerciseId exercise;
  private final ExerciseSettings settings;
  private final Side asymmetryWeakSide;
  private final List<ExpectedRep> reps = new ArrayList<>();
  private final List<ExpectedEvent> events = new ArrayList<>();
  private final Map<Side, Integer> fullBySide = new EnumMap<>(Side.class);
  private final Map<Side, Double> secondFullStart = new EnumMap<>(Side.class);
  // Cat-camel: which ends have been reached in the repetition under way.
  private boolean camelReached;
  private boolean catReached;
  // A run of nods expects one "head only" cue; NaN while none is under way.
  private double nodsFrom = Double.NaN;
  private double nodsTo;

  /**
   * @param asymmetryWeakSide the side the performer makes reach less far, or null
   */
  TruthRecorder(ExerciseId exercise, ExerciseSettings settings, Side asymmetryWeakSide) {
    this.exercise = exercise;
    this.settings = settings;
    this.asymmetryWeakSide = asymmetryWeakSide;
  }

  @Override
  public void repetition(RepKind kind, Side side, double start, double end, double peakSeconds) {
    endNods();
    countRep(kind == RepKind.PARTIAL ? null : side, kind, start, end, peakSeconds);
    switch (kind) {
      case PARTIAL -> event(FormIssue.TOO_SMALL, side, start, end + EVENT_LATENCY_SECONDS);
      case JERKY -> event(FormIssue.JERKY, side, start, end + EVENT_LATENCY_SECONDS);
      case FAST -> {
        if (settings.minSecondsPerRep() > 0) {
          event(FormIssue.TOO_FAST, side, start, end + EVENT_LATENCY_SECONDS);
        }
        if (settings.holdSeconds() > 0 && settings.holdSeconds() < 5) {
          event(FormIssue.HOLD_TOO_SHORT, side, start, end + EVENT_LATENCY_SECONDS);
        }
      }
      case NO_HOLD, SHORT_HOLD ->
          event(FormIssue.HOLD_TOO_SHORT, side, start, end + EVENT_LATENCY_SECONDS);
      default -> {}
    }
  }

  private void countRep(Side side, RepKind kind, double start, double end, double peakSeconds) {
    if (kind == RepKind.PARTIAL) {
      return;
    }
    if (exercise == ExerciseId.GLUTE_STRETCH) {
      if (kind == RepKind.SHORT_HOLD) {
        return;
      }
      // The hold completes the set hold time after the end position is reached; the timer runs
      // only while the position is still, so wobbles may delay it by a few seconds.
      double reached = start + peakSeconds * 0.6;
      double done = start + peakSeconds + settings.holdSeconds();
      reps.add(
          new ExpectedRep(
              Optional.ofNullable(side),
              reached + settings.holdSeconds() - 0.5,
              done + HOLD_COUNT_LATENCY_SECONDS));
    } else {
      reps.add(new ExpectedRep(Optional.ofNullable(side), start, end + COUNT_LATENCY_SECONDS));
    }
    countFull(side, start);
  }

  /** Counts a full repetition; {@code start} is when it began (sides compare after it). */
  private void countFull(Side side, double start) {
    if (side == null) {
      return;
    }
    int n = fullBySide.merge(side, 1, Integer::sum);
    int needed = exercise == ExerciseId.GLUTE_STRETCH ? 1 : 2;
    if (n == needed) {
      secondFullStart.put(side, start);
    }
  }

  @Override
  public void catCamelCycle(
      RepKind kind,
      double start,
      double end,
      double quarterSeconds,
      boolean firstIsCamel,
      boolean secondIsCamel,
      double firstPeak,
      double secondPeak) {
    if (kind == RepKind.NOD) {
      // The back stays still: no end is reached; the run of nods expects one cue.
      if (Double.isNaN(nodsFrom)) {
        nodsFrom = start;
      }
      nodsTo = end;
      return;
    }
    endNods();
    boolean firstPartial = kind == RepKind.PARTIAL;
    catCamelEnd(firstIsCamel, !firstPartial, firstPeak, quarterSeconds, kind);
    catCamelEnd(secondIsCamel, true, secondPeak, quarterSeconds, kind);
    if (firstPartial) {
      event(FormIssue.TOO_SMALL, null, start, start + 2 * quarterSeconds + EVENT_LATENCY_SECONDS);
    }
    if (kind == RepKind.JERKY) {
      event(FormIssue.JERKY, null, start, end + EVENT_LATENCY_SECONDS);
    }
  }

  /** A cat-camel end reached (or not, when partial) at its peak time. */
  private void catCamelEnd(boolean camel, boolean full, double peak, double quarter, RepKind kind) {
    if (!full) {
      return;
    }
    boolean otherReached = camel ? catReached : camelReached;
    if (camel) {
      camelReached = true;
    } else {
      catReached = true;
    }
    if (otherReached) {
      double from = peak - quarter - 0.3;
      double to = peak + quarter + COUNT_LATENCY_SECONDS;
      reps.add(new ExpectedRep(Optional.empty(), from, to));
      if (kind == RepKind.FAST && settings.minSecondsPerRep() > 0) {
        event(FormIssue.TOO_FAST, null, from, to + EVENT_LATENCY_SECONDS);
      }
      camelReached = false;
      catReached = false;
    }
  }

  @Override
  public void leftPosition(double from, double to) {
    endNods();
    event(FormIssue.WRONG_POSITION, null, from, to);
  }

  @Override
  public void outOfFrame(double from, double to) {
    endNods();
    event(FormIssue.OUT_OF_FRAME, null, from + 0.5, to + 1.0);
    // Two of the three seconds unseen: the coach says where to put the camera.
    event(FormIssue.CAMERA_PLACEMENT, null, from + 1.5, to + 1.0);
  }

  @Override
  public void repetitionsDone() {
    endNods();
  }

  @Override
  public void gotOut(double from, double to) {
    if (fullRepsBelowTarget()) {
      event(FormIssue.WRONG_POSITION, null, from, to + 1.0);
    }
  }

  @Override
  public void finished(double end, boolean viewSupported, boolean sidesComparable) {
    if (!viewSupported) {
      // Nothing is counted from a view the coach cannot read: it asks for another.
      reps.clear();
      events.clear();
      event(FormIssue.WRONG_VIEW, null, 0, end + EVENT_LATENCY_SECONDS);
    } else if (sidesComparable) {
      finishAsymmetry(end);
    }
  }

  /** Closes a run of nods, if one is under way: one "head only" cue is expected for it. */
  private void endNods() {
    if (!Double.isNaN(nodsFrom)) {
      event(FormIssue.HEAD_ONLY, null, nodsFrom, nodsTo + EVENT_LATENCY_SECONDS);
    }
    nodsFrom = Double.NaN;
  }

  private void event(FormIssue issue, Side side, double from, double to) {
    events.add(new ExpectedEvent(issue, Optional.ofNullable(side), from, to));
  }

  private boolean fullRepsBelowTarget() {
    if (settings.perSide()) {
      return fullBySide.getOrDefault(Side.LEFT, 0) < settings.targetReps()
          || fullBySide.getOrDefault(Side.RIGHT, 0) < settings.targetReps();
    }
    return reps.size() < settings.targetReps();
  }

  private void finishAsymmetry(double end) {
    if (asymmetryWeakSide == null
        || !secondFullStart.containsKey(Side.LEFT)
        || !secondFullStart.containsKey(Side.RIGHT)) {
      return;
    }
    double from = Math.max(secondFullStart.get(Side.LEFT), secondFullStart.get(Side.RIGHT));
    events.add(
        new ExpectedEvent(
            FormIssue.ASYMMETRY,
            Optional.of(asymmetryWeakSide),
            from,
            end + EVENT_LATENCY_SECONDS));
  }

  GroundTruth build() {
    return new GroundTruth(reps, events);
  }
}
