package org.posecoach.speech;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.posecoach.routine.Routine;
import org.posecoach.session.SessionEngine;

/**
 * The coach's voice for a live session: the routine's phrases rendered ahead in the background, a
 * player on its own thread, and a feeder per engine. When espeak-ng is missing there is no voice:
 * one line says so and the session goes on silent.
 *
 * <pre>{@code
 * Optional<LiveVoice> voice = LiveVoice.start(routine, AudioSink.soundCard(), out::println);
 * voice.ifPresent(v -> listeners.add(v.feeder(engine)));
 * }</pre>
 */
public final class LiveVoice implements AutoCloseable {
  private final Routine routine;
  private final ClipLibrary clips;
  private final VoicePlayer player;

  private LiveVoice(Routine routine, ClipLibrary clips, VoicePlayer player) {
    this.routine = routine;
    this.clips = clips;
    this.player = player;
  }

  /**
   * Starts rendering and the player, and returns at once.
   *
   * @param report receives the one line that says why the voice is off, if it is
   */
  public static Optional<LiveVoice> start(
      Routine routine, AudioSink sink, Consumer<String> report) {
    Objects.requireNonNull(routine, "routine");
    Optional<String> missing = EspeakSynthesizer.unavailableReason();
    if (missing.isPresent()) {
      report.accept(missing.get());
      return Optional.empty();
    }
    ClipLibrary clips =
        ClipLibrary.prerender(new EspeakSynthesizer(), Phrases.fixedPhrases(routine));
    Consumer<String> off =
        line -> {
          clips.stop(); // nothing will be said: spare the CPU
          report.accept(line);
        };
    return Optional.of(new LiveVoice(routine, clips, VoicePlayer.start(clips, sink, off)));
  }

  /** A pipeline listener that speaks {@code engine}'s session; add it after the session feeder. */
  public SpeechFeeder feeder(SessionEngine engine) {
    return SpeechFeeder.attach(
        engine, new SpeechScheduler(routine, clips::durationSeconds), player);
  }

  public VoicePlayer player() {
    return player;
  }

  @Override
  public void close() {
    player.close();
  }
}
