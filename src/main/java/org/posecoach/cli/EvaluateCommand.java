package org.posecoach.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.posecoach.io.AtomicFiles;
import org.posecoach.io.StagedOutputs;
import org.posecoach.models.ModelCatalog;
import org.posecoach.report.ClipCount;
import org.posecoach.report.ClipExpectation;
import org.posecoach.report.ClipResult;
import org.posecoach.report.Evaluation;
import org.posecoach.report.EvaluationJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code evaluate FOLDER…}: counts every clip with a judged count ({@code NAME.expect.json} or a
 * {@code MANIFEST.json}) through {@code analyze --exercise}, exactly as a user would run it, and
 * prints expected against counted with the exact rate, the within-one rate and the mean error.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description =
        "Count every clip with an expectation (NAME.expect.json beside it, or the folder's"
            + " MANIFEST.json) and compare with the counts a person judged.")
final class EvaluateCommand implements Callable<Integer> {
  /** Exit code of {@code --require-exact} when a clip was not counted exactly. */
  static final int EXIT_NOT_EXACT = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FOLDER", description = "Folders of clips.")
  List<Path> folders;

  @Mixin ModelOption model;

  @Option(
      names = "--json",
      paramLabel = "FILE",
      description = "Also write per-clip results and the summary here.")
  Path json;

  @Option(
      names = "--mirror",
      description =
          "Analyse every clip mirrored, as if filmed from the other side (the person's own sides,"
              + " and so the per-side counts, stay as judged).")
  boolean mirror;

  @Option(
      names = "--require-exact",
      description = "Exit with code 2 when any clip is not counted exactly.")
  boolean requireExact;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> models = ModelCatalog.bundled().estimatorIds();
    if (!models.contains(model.id)) {
      throw new IllegalArgumentException(
          "Unknown model '" + model.id + "'. Choose one of: " + String.join(", ", models));
    }
    CommandFiles files = new CommandFiles(spec.commandLine());
    folders.forEach(folder -> files.input("FOLDER", folder));
    files.output("--json", json).requireDistinct();
    AnalyzeCommand.checkWritable(json);
    Map<Path, List<ClipExpectation>> clips = expectations();
    int total = clips.values().stream().mapToInt(List::size).sum();
    List<ClipResult> results = new ArrayList<>();
    Path tmp = Files.createTempDirectory("pose-coach-evaluate");
    try {
      Path report = tmp.resolve("report.json");
      for (Map.Entry<Path, List<ClipExpectation>> folder : clips.entrySet()) {
        for (ClipExpectation clip : folder.getValue()) {
          err.printf("analysing %d/%d %s…%n", results.size() + 1, total, clip.clip().getFileName());
          err.flush();
          results.add(analyse(folder.getKey().toString(), clip, report));
        }
      }
    } finally {
      Files.deleteIfExists(tmp.resolve("report.json"));
      Files.deleteIfExists(StagedOutputs.partialName(tmp.resolve("report.json")));
      Files.deleteIfExists(tmp);
    }
    Evaluation evaluation = new Evaluation(results);
    evaluation.lines().forEach(out::println);
    out.flush();
    if (json != null) {
      String text = PoseJson.MAPPER.writeValueAsString(EvaluationJson.of(model.id, evaluation));
      AtomicFiles.write(json, temp -> Files.writeString(temp, text + System.lineSeparator()));
    }
    return requireExact && !evaluation.allExact() ? EXIT_NOT_EXACT : 0;
  }

  /** The expectations of each folder, in the order given; a folder without any is an error. */
  private Map<Path, List<ClipExpectation>> expectations() {
    Map<Path, List<ClipExpectation>> clips = new LinkedHashMap<>();
    for (Path folder : folders) {
      if (clips.keySet().stream().anyMatch(f -> same(f, folder))) {
        continue;
      }
      List<ClipExpectation> found;
      try {
        found = ClipExpectation.scan(folder);
      } catch (IOException e) {
        throw new IllegalArgumentException("Cannot read '" + folder + "': " + e.getMessage(), e);
      }
      if (found.isEmpty()) {
        throw new IllegalArgumentException(
            "'"
                + folder
                + "' has no expectations: put a NAME.expect.json ({\"exercise\": ID, \"reps\": N})"
                + " beside each clip, or a MANIFEST.json listing them (see README, evaluate).");
      }
      clips.put(folder, found);
    }
    return clips;
  }

  /** {@code analyze CLIP --exercise ID --model M --json REPORT}, in this JVM, its output kept. */
  private ClipResult analyse(String folder, ClipExpectation clip, Path report) throws IOException {
    Files.deleteIfExists(report);
    Files.deleteIfExists(StagedOutputs.partialName(report));
    // The progress bar and any model download lines go to the log, not to the terminal.
    StringWriter log = new StringWriter();
    List<String> args =
        new ArrayList<>(
            List.of(
                "analyze",
                clip.clip().toString(),
                "--exercise",
                clip.exercise().id(),
                "--model",
                model.id,
                "--json",
                report.toString()));
    if (mirror) {
      args.add("--mirror");
    }
    int exit =
        Main.run(
            new PrintWriter(Writer.nullWriter()),
            new PrintWriter(log),
            args.toArray(String[]::new));
    // A clip that broke midway has its report under the partial name.
    Path written = exit == AnalyzeCommand.EXIT_PARTIAL ? StagedOutputs.partialName(report) : report;
    boolean reported = exit == 0 || exit == AnalyzeCommand.EXIT_PARTIAL;
    if (!reported || !Files.exists(written)) {
      return ClipResult.failed(folder, clip, firstError(log.toString(), exit));
    }
    JsonNode json = PoseJson.MAPPER.readTree(written.toFile());
    ClipCount counted = ClipCount.fromReport(json);
    if (exit == AnalyzeCommand.EXIT_PARTIAL) {
      return ClipResult.partial(folder, clip, counted, firstError(log.toString(), exit));
    }
    return ClipResult.counted(folder, clip, counted);
  }

  /** The first {@code error: …} line of analyze's output, without the prefix. */
  private static String firstError(String log, int exit) {
    for (String line : log.split("\\R")) {
      String l = line.strip();
      if (l.startsWith("error: ")) {
        return l.substring("error: ".length());
      }
      if (l.startsWith("internal error")) {
        return l;
      }
    }
    return "analyze ended with exit code " + exit;
  }

  private static boolean same(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
