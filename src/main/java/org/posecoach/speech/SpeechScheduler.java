package org.posecoach.speech;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.posecoach.motion.vocabulary.MotionEvent;
import org.posecoach.routine.Routine;
import org.posecoach.routine.RoutineStep;
import org.posecoach.session.SessionEvent;

/**
 * Decides what the coach says and when, from the session's events and the hold's progress: pure
 * logic on the session clock, no sound, no threads.
 *
 * <p>Rules: one voice, never two phrases at once — each utterance lasts its clip's length and the
 * next starts after it ends. Counts come first: a cue waiting when a count is due is delayed (and
 * dropped once stale), and a count is never delayed more than {@link #MAX_COUNT_DELAY_SECONDS};
 * when a longer phrase (a step's introduction, a cue) would hold it longer, that phrase is cut
 * short at the count's time. A count never cuts a count. At most one cue waits: a newer one
 * replaces it, a cleared one removes it, and the same cue is not repeated within {@link
 * #CUE_REPEAT_SECONDS}.
 *
 * <pre>{@code
 * SpeechScheduler speech = new SpeechScheduler(routine, clips::durationSeconds);
 * engine.addListener(speech::onEvent);
 * // every frame, after the engine:
 * speech.onHoldProgress(t, step.holdSeconds(), analyzer.holdProgress());
 * for (Utterance u : speech.due(t)) player.speak(u);
 * }</pre>
 */
public final class SpeechScheduler {
  /** The bar: a count heard more than half a second after the rep reads as a lag. */
  public static final double MAX_COUNT_DELAY_SECONDS = 0.5;

  /** A countdown word said later than this would be wrong ("two" with one second left). */
  static final double HOLD_WORD_MAX_WAIT_SECONDS = 0.5;

  /** A cue is about the movement just made; later than this it is about nothing. */
  static final double CUE_MAX_WAIT_SECONDS = 1.5;

  /** The same cue again within this long nags; the screen still shows it. */
  static final double CUE_REPEAT_SECONDS = 10;

  /** "Good. begin." is worth saying only while the user is still settling in. */
  static final double BEGIN_MAX_WAIT_SECONDS = 3;

  /** A breath between phrases, so they do not run together (counts do not wait for it). */
  static final double GAP_SECONDS = 0.2;

  private record Request(
      String text, Utterance.Kind kind, double requestedSeconds, double latest) {}

  private final Routine routine;
  private final ToDoubleFunction<String> durations;
  private final List<Request> pending = new ArrayList<>();
  private final Map<String, Integer> repsByTitle = new LinkedHashMap<>();
  private final Map<String, Double> cueSaidAt = new HashMap<>();
  private Utterance current;
  private String stepTitle = "";

  private boolean holding;
  private boolean released;
  private int lastCalloutSeconds;

  /**
   * @param durations how long a phrase takes to say, in seconds (its clip's length)
   */
  public SpeechScheduler(Routine routine, ToDoubleFunction<String> durations) {
    this.routine = Objects.requireNonNull(routine, "routine");
    this.durations = Objects.requireNonNull(durations, "durations");
  }

  /** Takes one session event; what it asks to say is started by {@link #due}. */
  public void onEvent(SessionEvent event) {
    double t = event.timeSeconds();
    if (event instanceof SessionEvent.StepStarted s) {
      drop(r -> r.kind() != Utterance.Kind.COUNT);
      stepTitle = s.step().title();
      resetHold();
      request(Phrases.stepIntro(s.step()), Utterance.Kind.ANNOUNCEMENT, t, Double.MAX_VALUE);
    } else if (event instanceof SessionEvent.StepActive) {
      request(Phrases.BEGIN, Utterance.Kind.ANNOUNCEMENT, t, t + BEGIN_MAX_WAIT_SECONDS);
    } else if (event instanceof SessionEvent.Motion m) {
      motion(t, m.event());
    } else if (event instanceof SessionEvent.RestStarted r) {
      Optional<RoutineStep> next =
          r.nextIndex() < routine.steps().size()
              ? Optional.of(routine.steps().get(r.nextIndex()))
              : Optional.empty();
      request(Phrases.rest(r.seconds(), next), Utterance.Kind.ANNOUNCEMENT, t, Double.MAX_VALUE);
    } else if (event instanceof SessionEvent.Paused) {
      drop(r -> r.kind() == Utterance.Kind.CUE || r.kind() == Utterance.Kind.HOLD);
    } else if (event instanceof SessionEvent.SessionEnded e) {
      drop(r -> r.kind() != Utterance.Kind.COUNT);
      request(
          Phrases.summary(e.completed(), repsByTitle),
          Utterance.Kind.ANNOUNCEMENT,
          t,
          Double.MAX_VALUE);
    }
  }

  private void motion(double t, MotionEvent event) {
    if (event instanceof MotionEvent.RepCounted r) {
      repsByTitle.merge(stepTitle, 1, Integer::sum);
      request(
          Phrases.count(r.side(), r.count(), r.sideCount()),
          Utterance.Kind.COUNT,
          t,
          Double.MAX_VALUE);
    } else if (event instanceof MotionEvent.HoldCompleted) {
      repsByTitle.merge(stepTitle, 1, Integer::sum);
      if (!released) {
        request(Phrases.RELEASE, Utterance.Kind.HOLD, t, t + HOLD_WORD_MAX_WAIT_SECONDS);
      }
      resetHold();
    } else if (event instanceof MotionEvent.CueChanged c) {
      drop(r -> r.kind() == Utterance.Kind.CUE);
      c.cue()
          .map(cue -> cue.text())
          .filter(
              text ->
                  t - cueSaidAt.getOrDefault(text, Double.NEGATIVE_INFINITY) >= CUE_REPEAT_SECONDS)
          .ifPresent(text -> request(text, Utterance.Kind.CUE, t, t + CUE_MAX_WAIT_SECONDS));
    }
  }

  /**
   * The current hold, once a frame: "hold" as it starts, the seconds left at the callouts ({@link
   * Phrases#HOLD_CALLOUTS_SECONDS}), "release" when it is done.
   *
   * @param holdSeconds the step's hold time (0: the step has no holds)
   * @param progress the hold's time over {@code holdSeconds}, 0..1; 0 when not holding
   */
  public void onHoldProgress(double t, double holdSeconds, double progress) {
    if (!(holdSeconds > 0) || !(progress > 0)) {
      resetHold();
      return;
    }
    int secondsLeft = (int) Math.ceil(holdSeconds * (1 - Math.min(1, progress)) - 1e-9);
    if (!holding) {
      holding = true;
      released = false;
      lastCalloutSeconds = secondsLeft;
      request(Phrases.HOLD, Utterance.Kind.HOLD, t, t + HOLD_WORD_MAX_WAIT_SECONDS);
      return;
    }
    if (released) {
      return;
    }
    if (secondsLeft <= 0) {
      released = true;
      request(Phrases.RELEASE, Utterance.Kind.HOLD, t, t + HOLD_WORD_MAX_WAIT_SECONDS);
    } else if (secondsLeft < lastCalloutSeconds) {
      lastCalloutSeconds = secondsLeft;
      for (int callout : Phrases.HOLD_CALLOUTS_SECONDS) {
        if (callout == secondsLeft) {
          request(Phrases.number(callout), Utterance.Kind.HOLD, t, t + HOLD_WORD_MAX_WAIT_SECONDS);
        }
      }
    }
  }

  private void resetHold() {
    holding = false;
    released = false;
  }

  /**
   * The utterances that start by {@code nowSeconds}, in order; call once a frame with the frame's
   * session time (never decreasing). Their start times may lie a little before {@code nowSeconds}:
   * when the request came, or when the phrase before ended.
   */
  public List<Utterance> due(double nowSeconds) {
    List<Utterance> started = new ArrayList<>();
    while (!pending.isEmpty()) {
      Request next = pending.stream().min(URGENCY).orElseThrow();
      boolean count = next.kind() == Utterance.Kind.COUNT;
      double free = current == null ? 0 : current.endSeconds() + (count ? 0 : GAP_SECONDS);
      double start = Math.max(next.requestedSeconds(), free);
      boolean interrupts = false;
      if (count
          && current != null
          && current.kind() != Utterance.Kind.COUNT
          && start - next.requestedSeconds() > MAX_COUNT_DELAY_SECONDS) {
        start = Math.max(next.requestedSeconds(), current.startSeconds());
        current = current.cutAt(start);
        interrupts = true;
      }
      if (start > next.latest()) {
        pending.remove(next); // stale: a cue about a movement long gone
        continue;
      }
      if (start > nowSeconds) {
        break;
      }
      pending.remove(next);
      Utterance u =
          new Utterance(
              start, durations.applyAsDouble(next.text()), next.text(), next.kind(), interrupts);
      if (u.kind() == Utterance.Kind.CUE) {
        cueSaidAt.put(u.text(), start);
      }
      current = u;
      started.add(u);
    }
    return started;
  }

  /** Everything still waiting, started one after another (the stream is over). */
  public List<Utterance> drain() {
    return due(Double.MAX_VALUE);
  }

  private static final Comparator<Request> URGENCY =
      Comparator.comparing(Request::kind).thenComparingDouble(Request::requestedSeconds);

  private void request(String text, Utterance.Kind kind, double t, double latest) {
    pending.add(new Request(text, kind, t, latest));
  }

  private void drop(Predicate<Request> which) {
    pending.removeIf(which);
  }
}
