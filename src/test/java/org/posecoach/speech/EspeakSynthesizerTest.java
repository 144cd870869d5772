package org.posecoach.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.posecoach.routine.RoutineLoader;

/** eSpeak NG renders the coach's phrases; skipped (with the reason) where it is not installed. */
class EspeakSynthesizerTest {
  @BeforeAll
  static void needsEspeak() {
    Optional<String> missing = EspeakSynthesizer.unavailableReason();
    assumeTrue(missing.isEmpty(), () -> "skipped: " + missing.orElse(""));
  }

  @Test
  void aCountIsAShortClipWithoutThePaddingAround() {
    SpeechClip clip = new EspeakSynthesizer().synthesize("three");
    assertEquals(22_050, clip.sampleRateHz());
    assertTrue(
        clip.durationSeconds() > 0.15 && clip.durationSeconds() < 0.8,
        "'three' lasts " + clip.durationSeconds() + " s");
    assertTrue(Math.abs(clip.samples()[0]) < 1000, "starts near silence");
  }

  @Test
  void everyFixedPhraseOfTheMorningRoutineRenders() {
    List<String> phrases =
        Phrases.fixedPhrases(
            RoutineLoader.load(java.nio.file.Path.of("routines", "morning-low-back.yaml")));
    ClipLibrary clips = ClipLibrary.prerender(new EspeakSynthesizer(), phrases);
    clips.awaitRendered(120);
    assertEquals(phrases.size(), clips.size());
    assertTrue(clips.durationSeconds("left, two") < 1.5);
  }
}
