package org.posecoach.speech;

import java.util.Objects;

/**
 * One phrase rendered to sound: 16-bit signed mono PCM, silence trimmed from both ends so that its
 * length is the time the phrase takes to say.
 *
 * @param text what is said
 * @param samples the sound; owned by the clip and never changed after it is made
 * @param sampleRateHz samples per second
 */
public record SpeechClip(String text, short[] samples, int sampleRateHz) {
  public SpeechClip {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(samples, "samples");
    if (sampleRateHz <= 0) {
      throw new IllegalArgumentException("sampleRateHz must be positive, got " + sampleRateHz);
    }
  }

  /** How long the phrase takes to say. */
  public double durationSeconds() {
    return samples.length / (double) sampleRateHz;
  }

  /** Little-endian bytes, as a sound line takes them, scaled by {@code volume} (0..1). */
  public byte[] littleEndianBytes(double volume) {
    double gain = Math.max(0, Math.min(1, volume));
    byte[] out = new byte[samples.length * 2];
    for (int i = 0; i < samples.length; i++) {
      int s = (int) Math.round(samples[i] * gain);
      out[2 * i] = (byte) s;
      out[2 * i + 1] = (byte) (s >> 8);
    }
    return out;
  }
}
