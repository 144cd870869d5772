package org.posecoach.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The outputs of one command, written to temporary files beside their targets and moved into place
 * together once the command has completed, so that a failure or an interruption (Ctrl-C) leaves the
 * files from an earlier run exactly as they were.
 *
 * <pre>{@code
 * try (StagedOutputs outputs = StagedOutputs.open()) {
 *   Path csv = outputs.stage(Path.of("poses.csv")); // write here
 *   ...
 *   outputs.commit(); // poses.csv replaced only now
 * } // not committed: the temporary files are removed
 * }</pre>
 *
 * A temporary file keeps its target's extension (an encoder picks its format by it) and is hidden:
 * {@code .NAME-RANDOM.EXT}. A shutdown hook removes the temporary files when the JVM is stopped
 * (SIGINT, SIGTERM) before {@link #commit}; a commit under way finishes first.
 */
public final class StagedOutputs implements AutoCloseable {
  /** Suffix inserted before the extension of a partial result: {@code clip.partial.mp4}. */
  public static final String PARTIAL = ".partial";

  private final Map<Path, Path> tempByTarget = new LinkedHashMap<>();
  private final Thread cleanup = new Thread(this::discard, "discard-staged-outputs");
  private boolean finished;

  private StagedOutputs() {}

  /** Starts a set of outputs; its temporary files are removed if the JVM stops before commit. */
  public static StagedOutputs open() {
    StagedOutputs outputs = new StagedOutputs();
    Runtime.getRuntime().addShutdownHook(outputs.cleanup);
    return outputs;
  }

  /**
   * A new empty temporary file for {@code target}, in its folder (which must exist).
   *
   * @throws IOException when the folder cannot be written
   */
  public synchronized Path stage(Path target) throws IOException {
    if (finished) {
      throw new IllegalStateException("outputs already committed or discarded");
    }
    Path absolute = target.toAbsolutePath();
    Path temp = AtomicFiles.createTempBeside(absolute);
    tempByTarget.put(absolute, temp);
    return temp;
  }

  /** Moves every staged file over its target. */
  public void commit() throws IOException {
    commit(UnaryOperator.identity());
  }

  /**
   * Moves every staged file to its target as renamed by {@code rename} (e.g. {@link #partialName}),
   * leaving the target itself untouched.
   */
  public synchronized void commit(UnaryOperator<Path> rename) throws IOException {
    if (finished) {
      return; // discarded by the shutdown hook: the JVM is stopping
    }
    try {
      for (Map.Entry<Path, Path> staged : tempByTarget.entrySet()) {
        AtomicFiles.move(staged.getValue(), rename.apply(staged.getKey()));
      }
    } finally {
      finished = true;
      deleteTemps();
    }
  }

  /** Removes the temporary files not moved into place; the targets are never touched. */
  @Override
  public void close() {
    discard();
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException stopping) {
      // The JVM is already stopping: the hook runs (or ran) discard itself.
    }
  }

  private synchronized void discard() {
    finished = true;
    deleteTemps();
  }

  private void deleteTemps() {
    UncheckedIOException failure = null;
    for (Path temp : tempByTarget.values()) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        failure = new UncheckedIOException("cannot remove temporary file " + temp, e);
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** {@code NAME.partial.EXT} beside {@code target} ({@code NAME.partial} without an extension). */
  public static Path partialName(Path target) {
    String name = target.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String partial =
        dot > 0 ? name.substring(0, dot) + PARTIAL + name.substring(dot) : name + PARTIAL;
    return target.resolveSibling(partial);
  }
}
