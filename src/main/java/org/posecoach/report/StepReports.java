package org.posecoach.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.posecoach.motion.review.SetReview;
import org.posecoach.motion.vocabulary.MotionEvent;
import org.posecoach.motion.vocabulary.Side;
import org.posecoach.routine.Routine;
import org.posecoach.session.SessionEvent;
import org.posecoach.session.SessionListener;
import org.posecoach.store.StepStatus;

/**
 * Collects each step of a session for the report, as {@link StepReport}s: the steps it ran, in
 * order (a restarted step twice), then those it never reached.
 */
public final class StepReports implements SessionListener {
  /** Times and hold lengths to hundredths of a second. */
  private static final int SECONDS_DECIMALS = 2;

  private final List<OpenStep> steps = new ArrayList<>();
  private Routine routine;
  private int lastStarted = -1;
  private OpenStep current;

  @Override
  public void onEvent(SessionEvent event) {
    if (event instanceof SessionEvent.SessionStarted s) {
      routine = s.routine();
    } else if (event instanceof SessionEvent.StepStarted s) {
      current = new OpenStep(s.step().exercise().id());
      steps.add(current);
      lastStarted = s.index();
    } else if (event instanceof SessionEvent.Motion m && current != null) {
      current.record(m.timeSeconds(), m.event());
    } else if (event instanceof SessionEvent.StepEnded s && current != null) {
      current.status = s.status();
      current.review = s.review();
    } else if (event instanceof SessionEvent.SessionEnded && routine != null) {
      // The steps the session never got to, so that the report shows the whole routine.
      for (int i = lastStarted + 1; i < routine.steps().size(); i++) {
        OpenStep later = new OpenStep(routine.steps().get(i).exercise().id());
        later.status = StepStatus.NOT_REACHED;
        steps.add(later);
      }
      routine = null;
    }
  }

  /** The steps so far, in order. */
  public List<StepReport> steps() {
    return steps.stream().map(OpenStep::report).toList();
  }

  private static double seconds(double value) {
    return Rounding.round(value, SECONDS_DECIMALS);
  }

  private static String word(Side side) {
    return side == Side.LEFT ? "left" : "right";
  }

  /** A step as far as the session has gone: counts, holds and events; its review once ended. */
  private static final class OpenStep {
    private final String exercise;
    private final List<Double> holds = new ArrayList<>();
    private final List<StepReport.Event> events = new ArrayList<>();
    private int reps;
    private int left;
    private int right;
    private StepStatus status;
    private SetReview review;

    OpenStep(String exercise) {
      this.exercise = exercise;
    }

    void record(double t, MotionEvent event) {
      if (event instanceof MotionEvent.RepCounted r) {
        count(r.count(), r.side(), r.sideCount());
      } else if (event instanceof MotionEvent.HoldCompleted h) {
        count(h.count(), h.side(), h.sideCount());
        holds.add(seconds(h.heldSeconds()));
      } else if (event instanceof MotionEvent.FormEvent f) {
        events.add(
            new StepReport.Event(
                seconds(t),
                f.issue().name().toLowerCase(Locale.ROOT),
                f.severity().name().toLowerCase(Locale.ROOT),
                f.cue(),
                f.side().map(StepReports::word).orElse(null)));
      }
    }

    private void count(int total, Optional<Side> side, int sideCount) {
      reps = total;
      if (side.isPresent() && side.get() == Side.LEFT) {
        left = sideCount;
      } else if (side.isPresent()) {
        right = sideCount;
      }
    }

    StepReport report() {
      StepReport.Rhythm rhythm = null;
      StepReport.Check check = null;
      if (review != null) {
        rhythm =
            review
                .rhythm()
                .map(
                    r ->
                        new StepReport.Rhythm(
                            r.reps(),
                            Double.isNaN(r.periodSeconds()) ? null : seconds(r.periodSeconds())))
                .orElse(null);
        int rhythmReps = review.rhythm().map(r -> r.reps()).orElse(0);
        check = review.check().map(m -> new StepReport.Check(rhythmReps, m)).orElse(null);
      }
      return new StepReport(
          exercise,
          reps,
          left,
          right,
          holds,
          events,
          status == null ? null : status.id(),
          review == null ? null : review.reason(),
          rhythm,
          check);
    }
  }
}
