package org.posecoach.pipeline;

import java.util.Optional;
import org.posecoach.source.SourceInfo;

/**
 * How a run of the pipeline went.
 *
 * @param framesCaptured frames taken from the source
 * @param framesProcessed frames that went through inference
 * @param framesDropped live frames skipped because a newer one arrived first
 * @param framesWithPose processed frames in which a person was found
 * @param wallSeconds from start to end
 * @param error why the run ended early (a broken file, an unplugged camera), if it did
 * @param captureToPose capture → pose latency over processed frames
 * @param frameBuffers frame images the run's pool held at the end, every frame returned: a handful
 *     however long the run, since images are recycled rather than allocated per frame
 */
public record PipelineSummary(
    SourceInfo source,
    long framesCaptured,
    long framesProcessed,
    long framesDropped,
    long framesWithPose,
    double wallSeconds,
    Optional<String> error,
    LatencyStats captureToPose,
    int frameBuffers) {

  /** Frames processed per second of wall time. */
  public double processingFps() {
    return wallSeconds > 0 ? framesProcessed / wallSeconds : 0;
  }
}
