package org.posecoach.ui.coach;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * Short generated tones: a high blip for each counted rep, two rising notes when a hold is done.
 * They play on their own thread, so the caller never waits; tones that come while one plays are
 * dropped rather than queued. The first time the sound system cannot play (no audio device, a
 * headless machine) the chime goes quiet for good, without an error.
 */
public final class Tone implements Chime {
  /** CD rate, 16-bit mono: supported by every sound system that exists. */
  private static final float SAMPLE_RATE_HZ = 44_100f;

  private static final AudioFormat FORMAT = new AudioFormat(SAMPLE_RATE_HZ, 16, 1, true, false);

  /** A rep: 880 Hz (A5) for 0.12 s, high enough to hear over breathing, short enough to not nag. */
  private static final double REP_HZ = 880;

  private static final double REP_SECONDS = 0.12;

  /** A hold: E5 then A5, a rising fourth that reads as "done". */
  private static final double HOLD_FIRST_HZ = 659.25;

  private static final double HOLD_SECOND_HZ = 880;
  private static final double HOLD_NOTE_SECONDS = 0.14;

  /** Fade in and out over 5 ms, so a tone starts and stops without a click. */
  private static final double FADE_SECONDS = 0.005;

  /** Half of full scale: clearly audible at the laptop's own volume, never clipping. */
  private static final double AMPLITUDE = 0.5;

  private final byte[] rep = concat(sine(REP_HZ, REP_SECONDS));
  private final byte[] hold =
      concat(sine(HOLD_FIRST_HZ, HOLD_NOTE_SECONDS), sine(HOLD_SECOND_HZ, HOLD_NOTE_SECONDS));
  private final ThreadPoolExecutor player =
      new ThreadPoolExecutor(
          1,
          1,
          0,
          TimeUnit.SECONDS,
          new ArrayBlockingQueue<>(1),
          r -> {
            Thread t = new Thread(r, "coach-tone");
            t.setDaemon(true);
            return t;
          },
          new ThreadPoolExecutor.DiscardPolicy());
  private volatile boolean available = true;

  @Override
  public void repCounted() {
    play(rep);
  }

  @Override
  public void holdCompleted() {
    play(hold);
  }

  /** False once playing failed: no device, or the sound system refused. */
  public boolean available() {
    return available;
  }

  private void play(byte[] pcm) {
    if (available) {
      player.execute(() -> playNow(pcm));
    }
  }

  private void playNow(byte[] pcm) {
    if (!available) {
      return;
    }
    try (SourceDataLine line = AudioSystem.getSourceDataLine(FORMAT)) {
      line.open(FORMAT);
      line.start();
      line.write(pcm, 0, pcm.length);
      line.drain();
    } catch (LineUnavailableException | RuntimeException e) {
      // No usable audio output (IllegalArgumentException when there is no mixer at all): stay
      // quiet from now on; the counter on screen says everything the tone would.
      available = false;
    }
  }

  private static short[] sine(double hz, double seconds) {
    int n = (int) (SAMPLE_RATE_HZ * seconds);
    int fade = (int) (SAMPLE_RATE_HZ * FADE_SECONDS);
    short[] samples = new short[n];
    for (int i = 0; i < n; i++) {
      double envelope = Math.min(1, Math.min(i, n - 1 - i) / (double) fade);
      double v = AMPLITUDE * envelope * Math.sin(2 * Math.PI * hz * i / SAMPLE_RATE_HZ);
      samples[i] = (short) Math.round(v * Short.MAX_VALUE);
    }
    return samples;
  }

  /** Little-endian 16-bit PCM of the notes, one after another. */
  private static byte[] concat(short[]... notes) {
    int total = 0;
    for (short[] note : notes) {
      total += note.length;
    }
    byte[] out = new byte[total * 2];
    int at = 0;
    for (short[] note : notes) {
      for (short s : note) {
        out[at++] = (byte) s;
        out[at++] = (byte) (s >> 8);
      }
    }
    return out;
  }
}
