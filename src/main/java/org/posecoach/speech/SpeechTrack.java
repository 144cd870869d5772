package org.posecoach.speech;

import java.util.Arrays;
import java.util.Objects;
import org.posecoach.render.SoundTrack;

/**
 * The coach's voice as a recording: each utterance's clip placed at its start time on a PCM
 * timeline, for the annotated video's audio track. Utterances never overlap; should two ever touch,
 * their samples are added.
 */
public final class SpeechTrack implements VoiceOutput, SoundTrack {
  private final ClipLibrary clips;
  private final int sampleRateHz;
  // Only what is not taken yet is kept: pcm[0] is sample `taken` of the track, so a long video's
  // voice does not pile up in memory.
  private short[] pcm = new short[0];
  private int length;
  private int taken;

  /**
   * @param sampleRateHz the rate of the clips (eSpeak NG's is 22 050 Hz)
   */
  public SpeechTrack(ClipLibrary clips, int sampleRateHz) {
    this.clips = Objects.requireNonNull(clips, "clips");
    this.sampleRateHz = sampleRateHz;
  }

  @Override
  public void speak(Utterance u) {
    SpeechClip clip = clips.clip(u.text());
    if (clip.sampleRateHz() != sampleRateHz) {
      throw new SpeechException(
          "the voice's clips are at " + clip.sampleRateHz() + " Hz, the track at " + sampleRateHz);
    }
    int at = Math.max(taken, (int) Math.round(u.startSeconds() * sampleRateHz));
    int n = Math.min(clip.samples().length, (int) Math.round(u.durationSeconds() * sampleRateHz));
    ensure(at + n);
    for (int i = 0; i < n; i++) {
      int mixed = pcm[at - taken + i] + clip.samples()[i];
      pcm[at - taken + i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, mixed));
    }
    length = Math.max(length, at + n);
  }

  @Override
  public int sampleRateHz() {
    return sampleRateHz;
  }

  @Override
  public short[] takeUntil(double seconds) {
    return takeTo((int) Math.round(seconds * sampleRateHz));
  }

  @Override
  public short[] takeRest() {
    return takeTo(length);
  }

  private short[] takeTo(int end) {
    if (end <= taken) {
      return new short[0];
    }
    ensure(end);
    short[] out = Arrays.copyOf(pcm, end - taken);
    pcm = Arrays.copyOfRange(pcm, end - taken, Math.max(end, length) - taken);
    taken = end;
    length = Math.max(length, end);
    return out;
  }

  /** Room for the track up to sample {@code end}. */
  private void ensure(int end) {
    int size = end - taken;
    if (size > pcm.length) {
      pcm = Arrays.copyOf(pcm, Math.max(size, pcm.length * 2));
    }
  }
}
