package org.posecoach.speech;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * Where a {@link VoicePlayer} writes sound: the sound card, or nowhere at the pace of playing (to
 * measure the voice's cost on a machine without one).
 */
public interface AudioSink extends AutoCloseable {
  /**
   * Opens for 16-bit mono PCM at {@code sampleRateHz}.
   *
   * @throws SpeechException with a line for the user when there is no output
   */
  void open(int sampleRateHz);

  /** Writes little-endian PCM; blocks about as long as it takes to play. */
  void write(byte[] pcm, int offset, int length);

  /** Drops what is buffered and not yet heard (a count cuts a phrase short). */
  void flush();

  @Override
  void close();

  /** The default sound output, through javax.sound. */
  static AudioSink soundCard() {
    return new AudioSink() {
      private SourceDataLine line;

      @Override
      public void open(int sampleRateHz) {
        AudioFormat format = new AudioFormat(sampleRateHz, 16, 1, true, false);
        try {
          line = AudioSystem.getSourceDataLine(format);
          line.open(format);
          line.start();
        } catch (LineUnavailableException | RuntimeException e) {
          // IllegalArgumentException when there is no mixer at all (a server, a container).
          throw new SpeechException("Voice off: no audio output device", e);
        }
      }

      @Override
      public void write(byte[] pcm, int offset, int length) {
        line.write(pcm, offset, length);
      }

      @Override
      public void flush() {
        line.flush();
      }

      @Override
      public void close() {
        if (line != null) {
          line.drain();
          line.close();
        }
      }
    };
  }

  /** No sound, but writing takes as long as playing would. */
  static AudioSink discard() {
    return new AudioSink() {
      private int bytesPerSecond;

      @Override
      public void open(int sampleRateHz) {
        bytesPerSecond = 2 * sampleRateHz;
      }

      @Override
      public void write(byte[] pcm, int offset, int length) {
        try {
          Thread.sleep(1000L * length / bytesPerSecond);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
  }
}
