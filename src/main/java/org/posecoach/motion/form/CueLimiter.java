package org.posecoach.motion.form;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.posecoach.motion.vocabulary.Cue;
import org.posecoach.motion.vocabulary.FormIssue;
import org.posecoach.motion.vocabulary.MotionEvent.FormEvent;

/**
 * Decides which cue is on screen, so the overlay never flickers between messages: one cue at a
 * time, each shown for a minimum time, a short pause between cues, and the same issue not repeated
 * within a cooldown.
 *
 * <p>Offer every form event; call {@link #update(double)} every frame and show what it returns.
 * While a cue is shown, offers wait (the most severe, then the newest, is kept); an offer not shown
 * within {@link #OFFER_TTL_SECONDS} is dropped, as advice about a repetition long gone.
 *
 * <pre>{@code
 * CueLimiter limiter = new CueLimiter();
 * limiter.offer(formEvent);
 * Optional<Cue> onScreen = limiter.update(now);
 * }</pre>
 */
public final class CueLimiter {

  /** Long enough to read four words and act on them (reading ~250 words/min, plus reaction). */
  public static final double MIN_DISPLAY_SECONDS = 2.5;

  /** A blank moment between two cues, so a change of message is noticed as a change. */
  public static final double GAP_SECONDS = 0.5;

  /** The same advice is not repeated within 8 s (about two repetitions): nagging is ignored. */
  public static final double REPEAT_COOLDOWN_SECONDS = 8.0;

  /** Advice waiting longer than this is about a repetition that is over: dropped. */
  public static final double OFFER_TTL_SECONDS = 3.0;

  private final double minDisplaySeconds;
  private final double gapSeconds;
  private final double repeatCooldownSeconds;
  private final Map<FormIssue, Double> lastShown = new EnumMap<>(FormIssue.class);
  private Optional<Cue> current = Optional.empty();
  private double clearedAt = Double.NEGATIVE_INFINITY;
  private FormEvent pending;

  public CueLimiter() {
    this(MIN_DISPLAY_SECONDS, GAP_SECONDS, REPEAT_COOLDOWN_SECONDS);
  }

  public CueLimiter(double minDisplaySeconds, double gapSeconds, double repeatCooldownSeconds) {
    this.minDisplaySeconds = minDisplaySeconds;
    this.gapSeconds = gapSeconds;
    this.repeatCooldownSeconds = repeatCooldownSeconds;
  }

  /** Proposes a cue. */
  public void offer(FormEvent event) {
    Double last = lastShown.get(event.issue());
    if (last != null && event.timeSeconds() - last < repeatCooldownSeconds) {
      return;
    }
    if (pending == null
        || event.severity().compareTo(pending.severity()) > 0
        || (event.severity() == pending.severity()
            && event.timeSeconds() >= pending.timeSeconds())) {
      pending = event;
    }
  }

  /**
   * @return the cue to show at {@code timeSeconds} (empty: none)
   */
  public Optional<Cue> update(double timeSeconds) {
    if (current.isPresent() && timeSeconds - current.get().shownSeconds() >= minDisplaySeconds) {
      current = Optional.empty();
      clearedAt = timeSeconds;
    }
    if (pending != null && timeSeconds - pending.timeSeconds() > OFFER_TTL_SECONDS) {
      pending = null;
    }
    if (current.isEmpty() && pending != null && timeSeconds - clearedAt >= gapSeconds) {
      Double last = lastShown.get(pending.issue());
      if (last == null || timeSeconds - last >= repeatCooldownSeconds) {
        current =
            Optional.of(
                new Cue(
                    pending.issue(),
                    pending.cue(),
                    pending.severity(),
                    pending.side(),
                    timeSeconds));
        lastShown.put(pending.issue(), timeSeconds);
      }
      pending = null;
    }
    return current;
  }

  public void reset() {
    lastShown.clear();
    current = Optional.empty();
    pending = null;
    clearedAt = Double.NEGATIVE_INFINITY;
  }
}
