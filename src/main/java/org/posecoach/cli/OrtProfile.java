package org.posecoach.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads ONNX Runtime profile files (Chrome trace JSON) and sums kernel time per operator type:
 * where an inference's time goes, to compare with another runtime.
 */
final class OrtProfile {
  /** Time of one operator type over the profiled runs. */
  record OpTime(String op, double microsPerRun, int nodesPerRun, double share) {}

  private OrtProfile() {}

  /** The newest profile in {@code dir} whose name starts with {@code model}. */
  static Path newest(Path dir, String model) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(
              p -> p.getFileName().toString().startsWith(model) && p.toString().endsWith(".json"))
          .max((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
          .orElseThrow(
              () -> new IOException("no ONNX Runtime profile for " + model + " in " + dir));
    }
  }

  /** Operator types by total kernel time, largest first. */
  static List<OpTime> byOperator(Path profile) throws IOException {
    JsonNode events = PoseJson.MAPPER.readTree(profile.toFile());
    Map<String, long[]> sums = new LinkedHashMap<>(); // op → {micros, nodes}
    int runs = 0;
    for (JsonNode e : events) {
      String cat = e.path("cat").asText();
      String name = e.path("name").asText();
      if (cat.equals("Session") && name.equals("model_run")) {
        runs++;
      } else if (cat.equals("Node") && name.endsWith("_kernel_time")) {
        long[] s =
            sums.computeIfAbsent(e.path("args").path("op_name").asText("?"), k -> new long[2]);
        s[0] += e.path("dur").asLong();
        s[1]++;
      }
    }
    long total = sums.values().stream().mapToLong(s -> s[0]).sum();
    List<OpTime> out = new ArrayList<>();
    int n = Math.max(1, runs);
    sums.forEach(
        (op, s) ->
            out.add(
                new OpTime(
                    op,
                    (double) s[0] / n,
                    (int) (s[1] / n),
                    total == 0 ? 0 : (double) s[0] / total)));
    out.sort((a, b) -> Double.compare(b.microsPerRun(), a.microsPerRun()));
    return out;
  }

  static String table(List<OpTime> ops, int rows) {
    StringBuilder sb =
        new StringBuilder(
            String.format(
                Locale.ROOT, "  %-22s %10s %7s %6s%n", "operator", "µs/run", "share", "nodes"));
    for (OpTime o : ops.subList(0, Math.min(rows, ops.size()))) {
      sb.append(
          String.format(
              Locale.ROOT,
              "  %-22s %10.0f %6.1f%% %6d%n",
              o.op(),
              o.microsPerRun(),
              100 * o.share(),
              o.nodesPerRun()));
    }
    return sb.toString();
  }
}
