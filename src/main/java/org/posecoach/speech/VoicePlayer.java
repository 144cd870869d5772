package org.posecoach.speech;

import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Plays utterances on its own daemon thread, one after another, from a small bounded queue: {@link
 * #speak} never blocks, and when the queue is full the utterance is dropped. The first time the
 * voice cannot work (no audio device, espeak-ng missing) it reports one line and goes quiet for the
 * rest of the session; the coach goes on without it.
 *
 * <pre>{@code
 * try (VoicePlayer player = VoicePlayer.start(clips, AudioSink.soundCard(), out::println)) {
 *   player.speak(utterance);       // from the frame thread
 *   player.setMuted(true);         // M
 * }
 * }</pre>
 */
public final class VoicePlayer implements VoiceOutput, AutoCloseable {
  /** A few phrases: the scheduler never lets more than one or two be due at once. */
  static final int QUEUE_CAPACITY = 8;

  /** How often an idle player looks whether it was closed. */
  private static final long CLOSE_POLL_MILLIS = 100;

  /** Written in pieces of 20 ms, so a count can cut a phrase short within one. */
  private static final double CHUNK_SECONDS = 0.02;

  private record Queued(long sequence, Utterance utterance) {}

  private final ClipLibrary clips;
  private final AudioSink sink;
  private final Consumer<String> report;
  private final BlockingQueue<Queued> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
  private final AtomicLong sequence = new AtomicLong();
  private final Thread thread;
  private volatile long cutBefore;
  private volatile boolean muted;
  private volatile double volume = 1;
  private volatile boolean off;
  private volatile boolean playing;
  private volatile boolean closing;
  private int openRate;

  private VoicePlayer(ClipLibrary clips, AudioSink sink, Consumer<String> report) {
    this.clips = Objects.requireNonNull(clips, "clips");
    this.sink = Objects.requireNonNull(sink, "sink");
    this.report = Objects.requireNonNull(report, "report");
    this.thread = new Thread(this::run, "coach-voice");
    thread.setDaemon(true);
  }

  /**
   * A player whose thread opens {@code sink} at once, so that a missing device is reported at the
   * session's start rather than at its first count.
   *
   * @param report receives the one line that says why the voice is off
   */
  public static VoicePlayer start(ClipLibrary clips, AudioSink sink, Consumer<String> report) {
    VoicePlayer p = new VoicePlayer(clips, sink, report);
    p.thread.start();
    return p;
  }

  @Override
  public void speak(Utterance utterance) {
    if (off || muted) {
      return;
    }
    long n = sequence.incrementAndGet();
    if (utterance.interrupts()) {
      cutBefore = n;
    }
    queue.offer(new Queued(n, utterance));
  }

  public void setMuted(boolean mute) {
    muted = mute;
    if (mute) {
      queue.clear();
      cutBefore = sequence.get() + 1;
    }
  }

  /** Loudness, 0..1 of the voice's own level. */
  public void setVolume(double level) {
    volume = Math.max(0, Math.min(1, level));
  }

  /** False once the voice failed for good. */
  public boolean isOn() {
    return !off;
  }

  /** Waits until everything queued has been said (the terminal coach, before it exits). */
  public void awaitQuiet(double seconds) throws InterruptedException {
    long until = System.nanoTime() + (long) (seconds * 1e9);
    while (!off && (playing || !queue.isEmpty()) && System.nanoTime() < until) {
      Thread.sleep(20);
    }
  }

  private void run() {
    try {
      openLine(EspeakSynthesizer.SAMPLE_RATE_HZ); // a clip at another rate reopens it
      while (!(closing && queue.isEmpty())) {
        Queued next = queue.poll(CLOSE_POLL_MILLIS, TimeUnit.MILLISECONDS);
        if (next != null) {
          playing = true;
          try {
            play(next);
          } finally {
            playing = false;
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the JVM is going: stop
    } catch (SpeechException e) {
      off = true;
      queue.clear();
      report.accept(e.getMessage());
    } finally {
      sink.close();
    }
  }

  private void play(Queued q) {
    if (q.sequence() < cutBefore || muted) {
      return; // cut before it began
    }
    SpeechClip clip = clips.clip(q.utterance().text());
    if (clip.sampleRateHz() != openRate) {
      sink.close();
      openLine(clip.sampleRateHz());
    }
    byte[] pcm = clip.littleEndianBytes(volume);
    int chunk = 2 * (int) (clip.sampleRateHz() * CHUNK_SECONDS);
    for (int at = 0; at < pcm.length; at += chunk) {
      if (q.sequence() < cutBefore || muted) {
        sink.flush();
        return;
      }
      sink.write(pcm, at, Math.min(chunk, pcm.length - at));
    }
  }

  private void openLine(int rate) {
    sink.open(rate);
    openRate = rate;
  }

  /**
   * Lets the thread say what is queued (the end summary, as the session screen gives way to the
   * summary screen), then stop; returns at once. Muting first silences it at once.
   */
  @Override
  public void close() {
    closing = true;
  }
}
