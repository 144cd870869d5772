package org.posecoach.render;

/**
 * Sound recorded beside the video, handed over as the frames go by: mono 16-bit samples on the
 * video's clock, where 0 s is the first frame.
 */
public interface SoundTrack {
  int sampleRateHz();

  /** The samples from where the last call ended up to {@code seconds}; silence where none. */
  short[] takeUntil(double seconds);

  /** Everything left once the last frame is written (a phrase still being said). */
  short[] takeRest();
}
