package org.posecoach.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.posecoach.pipeline.PipelineSummary;

/**
 * The {@code analyze} report, a stable JSON shape (see README): {@code {"source", "frames", "fps",
 * "model", "processing_fps", "steps": [{"exercise", "reps", "left", "right", "holds_s", "events":
 * [{"t", "type", "severity", "message"}]}]}}, plus {@code frames_with_pose}, {@code dropped},
 * {@code latency_ms} and, when the input broke, {@code error}.
 */
public final class AnalysisReport {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AnalysisReport() {}

  public static ObjectNode of(
      String source, String model, PipelineSummary summary, List<ObjectNode> steps) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("source", source);
    root.put("frames", summary.framesProcessed());
    root.put("fps", round(summary.source().fps(), 3));
    root.put("model", model);
    root.put("processing_fps", round(summary.processingFps(), 1));
    root.put("frames_with_pose", summary.framesWithPose());
    root.put("dropped", summary.framesDropped());
    ObjectNode latency = root.putObject("latency_ms");
    latency.put("p50", round(summary.captureToPose().p50(), 2));
    latency.put("p95", round(summary.captureToPose().p95(), 2));
    summary.error().ifPresent(e -> root.put("error", e));
    ArrayNode array = root.putArray("steps");
    steps.forEach(array::add);
    return root;
  }

  private static double round(double v, int digits) {
    double scale = Math.pow(10, digits);
    return Math.round(v * scale) / scale;
  }
}
