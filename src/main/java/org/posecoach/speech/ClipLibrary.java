package org.posecoach.speech;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The clips of a session, rendered ahead on a background thread so that speaking never waits on
 * synthesis. A phrase that was not rendered ahead (the end summary, a count above thirty) is
 * rendered when first asked for, by the thread that asks: the player's, never the frame thread.
 *
 * <pre>{@code
 * ClipLibrary clips = ClipLibrary.prerender(new EspeakSynthesizer(), Phrases.fixedPhrases(routine));
 * clips.clip("three");             // rendered ahead: no wait
 * clips.durationSeconds("three");  // the clip's length, or an estimate before it exists
 * }</pre>
 */
public final class ClipLibrary {
  /**
   * A guess for a phrase not rendered yet: 140 words a minute is 0.43 s a word, plus the pause a
   * comma or full stop makes.
   */
  private static final double ESTIMATE_SECONDS_PER_WORD = 0.43;

  private final Synthesizer synthesizer;
  private final Map<String, SpeechClip> clips = new ConcurrentHashMap<>();
  private final CompletableFuture<Void> rendered;
  private volatile boolean stopped;

  private ClipLibrary(Synthesizer synthesizer, List<String> phrases) {
    this.synthesizer = Objects.requireNonNull(synthesizer, "synthesizer");
    List<String> todo = List.copyOf(phrases);
    this.rendered =
        CompletableFuture.runAsync(
            () -> {
              for (String phrase : todo) {
                if (stopped) {
                  return;
                }
                clip(phrase);
              }
            },
            r -> {
              Thread t = new Thread(r, "speech-prerender");
              t.setDaemon(true);
              t.start();
            });
  }

  /** Starts rendering {@code phrases} in order on a daemon thread, and returns at once. */
  public static ClipLibrary prerender(Synthesizer synthesizer, List<String> phrases) {
    return new ClipLibrary(synthesizer, phrases);
  }

  /**
   * The clip of {@code text}, rendered now if it was not yet: may take tens of milliseconds.
   *
   * @throws SpeechException when the synthesizer fails
   */
  public SpeechClip clip(String text) {
    SpeechClip c = clips.get(text);
    if (c == null) {
      c = synthesizer.synthesize(text);
      clips.put(text, c);
    }
    return c;
  }

  /** How long {@code text} takes to say: the clip's length, or an estimate before it exists. */
  public double durationSeconds(String text) {
    SpeechClip c = clips.get(text);
    return c != null ? c.durationSeconds() : estimateSeconds(text);
  }

  static double estimateSeconds(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("[\\s,.;:]+").length * ESTIMATE_SECONDS_PER_WORD;
  }

  /**
   * Waits until the fixed phrases are rendered (the analyzer waits; the live coach does not).
   *
   * @throws SpeechException when rendering failed or took longer than {@code seconds}
   */
  public void awaitRendered(double seconds) {
    try {
      rendered.get((long) (seconds * 1000), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw cause instanceof SpeechException s
          ? s
          : new SpeechException("Voice off: the phrases could not be rendered: " + cause, cause);
    } catch (TimeoutException e) {
      throw new SpeechException("Voice off: rendering the phrases took too long", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SpeechException("interrupted while rendering the phrases", e);
    }
  }

  /** Stops rendering ahead (the voice is off: no need to spend the CPU). */
  public void stop() {
    stopped = true;
  }

  /** Phrases rendered so far. */
  public int size() {
    return clips.size();
  }
}
