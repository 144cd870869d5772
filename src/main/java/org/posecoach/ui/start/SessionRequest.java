package org.posecoach.ui.start;

import java.util.Objects;
import org.posecoach.routine.Routine;

/**
 * What the start screen asks for when the user presses Start.
 *
 * @param routine the routine to coach (for the demo clip: {@link DemoRoutine})
 * @param source where the video comes from
 * @param modelId the pose model
 * @param mirror show the camera as a mirror (selfie view)
 * @param sound tones on reps and holds
 * @param voice the coach speaks counts, holds and cues (espeak-ng)
 * @param volume the voice's loudness, 0..1
 */
public record SessionRequest(
    Routine routine,
    SourceChoice source,
    String modelId,
    boolean mirror,
    boolean sound,
    boolean voice,
    double volume) {
  public SessionRequest {
    Objects.requireNonNull(routine, "routine");
    if (!(volume >= 0 && volume <= 1)) {
      throw new IllegalArgumentException("volume must be 0..1, got " + volume);
    }
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(modelId, "modelId");
  }
}
