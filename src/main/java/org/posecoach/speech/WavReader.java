package org.posecoach.speech;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads the 16-bit mono PCM WAV that {@code espeak-ng --stdout} writes, into a {@link SpeechClip}
 * without the silence around the words. Written to a pipe, eSpeak cannot seek back to fill in the
 * sizes, so its header says "as long as possible": the data runs to the end of the bytes.
 */
final class WavReader {
  private static final int RIFF_HEADER_BYTES = 12;
  private static final int CHUNK_HEADER_BYTES = 8;
  private static final int PCM_FORMAT = 1;

  /**
   * Quieter than this (about -40 dBFS) is the silence eSpeak pads a phrase with: trimmed, so a
   * clip's length is the speech alone.
   */
  private static final int SILENCE_LEVEL = 330;

  /** Kept around the words after trimming, so a soft first or last consonant is not cut. */
  private static final double MARGIN_SECONDS = 0.02;

  private WavReader() {}

  static SpeechClip read(String text, byte[] wav) {
    ByteBuffer in = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
    if (wav.length < RIFF_HEADER_BYTES
        || !tag(in, 0).equals("RIFF")
        || !tag(in, 8).equals("WAVE")) {
      throw new SpeechException("espeak-ng did not write a WAV file for '" + text + "'");
    }
    int at = RIFF_HEADER_BYTES;
    int sampleRate = 0;
    while (at + CHUNK_HEADER_BYTES <= wav.length) {
      String id = tag(in, at);
      long size = Integer.toUnsignedLong(in.getInt(at + 4));
      int body = at + CHUNK_HEADER_BYTES;
      if (id.equals("fmt ")) {
        int format = in.getShort(body);
        int channels = in.getShort(body + 2);
        int bits = in.getShort(body + 14);
        if (format != PCM_FORMAT || channels != 1 || bits != 16) {
          throw new SpeechException(
              "espeak-ng wrote a WAV format this app does not read (want 16-bit mono PCM)");
        }
        sampleRate = in.getInt(body + 4);
      } else if (id.equals("data")) {
        if (sampleRate == 0) {
          throw new SpeechException("espeak-ng's WAV has no format before its data");
        }
        int end = (int) Math.min(wav.length, body + size);
        return new SpeechClip(text, trim(samples(in, body, end), sampleRate), sampleRate);
      }
      at = (int) Math.min(Integer.MAX_VALUE, body + size + (size & 1));
    }
    throw new SpeechException("espeak-ng's WAV for '" + text + "' has no sound data");
  }

  private static String tag(ByteBuffer in, int at) {
    byte[] b = new byte[4];
    in.get(at, b);
    return new String(b, StandardCharsets.US_ASCII);
  }

  private static short[] samples(ByteBuffer in, int from, int to) {
    short[] out = new short[(to - from) / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = in.getShort(from + 2 * i);
    }
    return out;
  }

  static short[] trim(short[] s, int sampleRate) {
    int first = 0;
    while (first < s.length && Math.abs(s[first]) < SILENCE_LEVEL) {
      first++;
    }
    int last = s.length - 1;
    while (last > first && Math.abs(s[last]) < SILENCE_LEVEL) {
      last--;
    }
    if (first >= s.length) {
      return new short[0];
    }
    int margin = (int) (MARGIN_SECONDS * sampleRate);
    int from = Math.max(0, first - margin);
    int to = Math.min(s.length, last + 1 + margin);
    short[] out = new short[to - from];
    System.arraycopy(s, from, out, 0, out.length);
    return out;
  }
}
