package org.posecoach.synthetic;

import java.util.List;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.ExerciseSettings;

/**
 * A generated pose stream with its ground truth.
 *
 * @param description the knobs that made it, for test names and failure messages
 * @param settings the exercise settings the truth assumes (targets, tempo bounds, holds)
 * @param frames the frames, in time order
 * @param truth what must be counted and reported
 */
public record SyntheticStream(
    String description, ExerciseSettings settings, List<SyntheticFrame> frames, GroundTruth truth) {

  public SyntheticStream {
    frames = List.copyOf(frames);
  }

  public ExerciseId exercise() {
    return settings.exercise();
  }

  public double durationSeconds() {
    return frames.isEmpty() ? 0 : frames.get(frames.size() - 1).timestampNanos() / 1e9;
  }

  @Override
  public String toString() {
    return description;
  }
}
