package org.posecoach.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import org.posecoach.pipeline.PipelineSummary;

/**
 * The {@code analyze} report, a stable JSON shape (see README): {@code {"source", "frames", "fps",
 * "model", "processing_fps", "frames_with_pose", "dropped", "latency_ms": {"p50", "p95"}, "error"?,
 * "steps": [StepReport…]}}; {@code error} only when the input broke midway. The keys are the
 * components' names in snake case, in their order.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AnalysisReport(
    String source,
    long frames,
    double fps,
    String model,
    double processingFps,
    long framesWithPose,
    long dropped,
    Latency latencyMs,
    String error,
    List<StepReport> steps) {

  /** Capture → pose latency in milliseconds. */
  public record Latency(double p50, double p95) {}

  public AnalysisReport {
    steps = List.copyOf(steps);
  }

  /** The report of a pipeline run over {@code source} with {@code model}. */
  public static AnalysisReport of(
      String source, String model, PipelineSummary summary, List<StepReport> steps) {
    return new AnalysisReport(
        source,
        summary.framesProcessed(),
        Rounding.round(summary.source().fps(), 3),
        model,
        Rounding.round(summary.processingFps(), 1),
        summary.framesWithPose(),
        summary.framesDropped(),
        new Latency(
            Rounding.round(summary.captureToPose().p50(), 2),
            Rounding.round(summary.captureToPose().p95(), 2)),
        summary.error().orElse(null),
        steps);
  }
}
