package org.posecoach.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The player never blocks or fails its caller: no device is one line, then silence. */
class VoicePlayerTest {
  /** 0.1 s of sound per phrase, at 1 kHz: no espeak-ng needed. */
  private static final Synthesizer BEEPS = text -> new SpeechClip(text, new short[100], 1000);

  private static Utterance say(String text) {
    return new Utterance(0, 0.1, text, Utterance.Kind.COUNT, false);
  }

  @Test
  void withoutAnAudioDeviceTheVoiceSaysWhyOnceAndGoesQuiet() throws Exception {
    List<String> lines = new CopyOnWriteArrayList<>();
    AudioSink none =
        new CountingSink() {
          @Override
          public void open(int sampleRateHz) {
            throw new SpeechException("Voice off: no audio output device");
          }
        };
    try (VoicePlayer player =
        VoicePlayer.start(ClipLibrary.prerender(BEEPS, List.of()), none, lines::add)) {
      for (int i = 0; i < 100 && player.isOn(); i++) {
        Thread.sleep(10);
      }
      player.speak(say("one")); // returns at once, says nothing
      assertFalse(player.isOn());
    }
    assertEquals(List.of("Voice off: no audio output device"), lines);
  }

  @Test
  void phrasesArePlayedInOrderAndMutingSilencesThem() throws Exception {
    CountingSink sink = new CountingSink();
    try (VoicePlayer player =
        VoicePlayer.start(ClipLibrary.prerender(BEEPS, List.of()), sink, line -> {})) {
      player.speak(say("one"));
      player.speak(say("two"));
      player.awaitQuiet(5);
      assertEquals(2 * 200, sink.bytes.get(), "two clips of 100 samples");
      player.setMuted(true);
      player.speak(say("three"));
      player.awaitQuiet(5);
      assertEquals(2 * 200, sink.bytes.get(), "nothing while muted");
      assertTrue(player.isOn());
    }
  }

  private static class CountingSink implements AudioSink {
    final AtomicInteger bytes = new AtomicInteger();

    @Override
    public void open(int sampleRateHz) {}

    @Override
    public void write(byte[] pcm, int offset, int length) {
      bytes.addAndGet(length);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
