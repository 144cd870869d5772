package org.posecoach.speech;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The WAV eSpeak writes to a pipe: sizes unknown, data to the end, silence around the words. */
class WavReaderTest {
  private static final int RATE = 1000;

  @Test
  void dataRunsToTheEndAndTheSilenceAroundIsTrimmed() {
    short[] samples = new short[200];
    samples[100] = 5000;
    samples[120] = -5000;
    SpeechClip clip = WavReader.read("x", wav(samples, 0x7ffff000));
    // 20 ms margin at 1000 Hz: 20 samples each side of the sound.
    assertEquals(20 + 21 + 20, clip.samples().length);
    assertEquals(5000, clip.samples()[20]);
    assertEquals(RATE, clip.sampleRateHz());
  }

  @Test
  void silenceAloneIsAnEmptyClip() {
    assertArrayEquals(new short[0], WavReader.read("x", wav(new short[50], 100)).samples());
  }

  @Test
  void notAWavIsAClearError() {
    assertThrows(
        SpeechException.class,
        () -> WavReader.read("x", "hello world!".getBytes(StandardCharsets.US_ASCII)));
  }

  private static byte[] wav(short[] samples, int declaredDataBytes) {
    ByteBuffer b = ByteBuffer.allocate(44 + 2 * samples.length).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(-1);
    b.put("WAVE".getBytes(StandardCharsets.US_ASCII));
    b.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16);
    b.putShort((short) 1).putShort((short) 1).putInt(RATE).putInt(2 * RATE);
    b.putShort((short) 2).putShort((short) 16);
    b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(declaredDataBytes);
    for (short s : samples) {
      b.putShort(s);
    }
    return b.array();
  }
}
