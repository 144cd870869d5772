package org.posecoach.speech;

import java.util.Objects;

/**
 * One thing said, at a time on the session's clock.
 *
 * @param startSeconds when it starts, session seconds
 * @param durationSeconds how long it lasts (its clip's length, or less when it was cut short)
 * @param text what is said
 * @param kind what it is, which sets its priority
 * @param interrupts whether it cuts short the utterance still playing (only a count does, and only
 *     when waiting would delay it more than {@link SpeechScheduler#MAX_COUNT_DELAY_SECONDS})
 */
public record Utterance(
    double startSeconds, double durationSeconds, String text, Kind kind, boolean interrupts) {

  /** What an utterance is, most urgent first. */
  public enum Kind {
    /** A counted rep: "three", "left, two". */
    COUNT,
    /** A hold's countdown: "hold", "two", "one", "release". */
    HOLD,
    /** A step's introduction, "good. begin.", a rest with what is next, the end summary. */
    ANNOUNCEMENT,
    /** The one current form cue: "Slow down". */
    CUE
  }

  public Utterance {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
  }

  public double endSeconds() {
    return startSeconds + durationSeconds;
  }

  /** This utterance, ending at {@code seconds} instead. */
  Utterance cutAt(double seconds) {
    return new Utterance(startSeconds, Math.max(0, seconds - startSeconds), text, kind, interrupts);
  }
}
