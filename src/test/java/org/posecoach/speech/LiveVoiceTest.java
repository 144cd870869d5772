package org.posecoach.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.posecoach.routine.Routine;
import org.posecoach.routine.RoutineLoader;
import org.posecoach.session.SessionEngine;

/** A session with no audio device: one line, and the frames go on as fast as without a voice. */
class LiveVoiceTest {
  private static final Routine ROUTINE =
      RoutineLoader.load(
          """
          name: One step
          steps:
            - exercise: cat_camel
              reps: 3
          """,
          "one.yaml");

  @Test
  void noAudioDeviceIsOneLineAndTheSessionGoesOnSilent() throws Exception {
    Optional<String> missing = EspeakSynthesizer.unavailableReason();
    assumeTrue(missing.isEmpty(), () -> "skipped: " + missing.orElse(""));
    List<String> lines = new CopyOnWriteArrayList<>();
    AudioSink noDevice =
        new AudioSink() {
          @Override
          public void open(int sampleRateHz) {
            throw new SpeechException("Voice off: no audio output device");
          }

          @Override
          public void write(byte[] pcm, int offset, int length) {}

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    try (LiveVoice voice = LiveVoice.start(ROUTINE, noDevice, lines::add).orElseThrow()) {
      SessionEngine engine = new SessionEngine(ROUTINE, SessionEngine.Options.COACHING);
      SpeechFeeder feeder = voice.feeder(engine);
      long start = System.nanoTime();
      for (int i = 0; i < 300; i++) {
        engine.accept(Optional.empty(), i * 33_333_333L);
        feeder.onFrame(null, null);
      }
      double msPerFrame = (System.nanoTime() - start) / 1e6 / 300;
      assertTrue(msPerFrame < 5, "the voice costs the frame thread " + msPerFrame + " ms a frame");
      for (int i = 0; i < 200 && voice.player().isOn(); i++) {
        Thread.sleep(10);
      }
      assertFalse(voice.player().isOn());
    }
    assertEquals(List.of("Voice off: no audio output device"), lines);
  }
}
