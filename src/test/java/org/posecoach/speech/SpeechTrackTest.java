package org.posecoach.speech;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeechTrackTest {
  /** 10 samples a second keeps the arithmetic visible. */
  private static final int RATE = 10;

  /** Every phrase is five samples of 100, 101, … */
  private static final Synthesizer FIVE_SAMPLES =
      text -> new SpeechClip(text, new short[] {100, 101, 102, 103, 104}, RATE);

  private static Utterance said(double startSeconds, String text) {
    return new Utterance(startSeconds, 0.5, text, Utterance.Kind.COUNT, false);
  }

  @Test
  void eachPhraseLandsAtItsTimeAndSilenceFillsTheRest() {
    SpeechTrack track = new SpeechTrack(ClipLibrary.prerender(FIVE_SAMPLES, List.of()), RATE);
    track.speak(said(0.3, "one"));
    track.speak(said(1.2, "two"));
    assertArrayEquals(new short[] {0, 0}, track.takeUntil(0.2));
    assertArrayEquals(new short[] {0, 100, 101, 102, 103, 104, 0, 0}, track.takeUntil(1.0));
    assertArrayEquals(new short[] {0, 0, 100, 101, 102, 103, 104}, track.takeRest());
    assertEquals(0, track.takeRest().length, "nothing is taken twice");
  }

  @Test
  void aPhraseStartedBeforeTheLastTakeIsCutNotLost() {
    SpeechTrack track = new SpeechTrack(ClipLibrary.prerender(FIVE_SAMPLES, List.of()), RATE);
    track.speak(said(0.0, "one"));
    assertArrayEquals(new short[] {100, 101, 102}, track.takeUntil(0.3));
    // Said late (its start already taken): it begins where the track stands.
    track.speak(said(0.1, "two"));
    short[] rest = track.takeRest();
    assertArrayEquals(new short[] {203, 205, 102, 103, 104}, rest, Arrays.toString(rest));
  }
}
