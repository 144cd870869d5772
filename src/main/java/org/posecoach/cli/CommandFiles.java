package org.posecoach.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The files one command line reads and writes, checked before anything is opened: an output that is
 * one of the inputs, or another output, would destroy the user's file (or the first output), so
 * such a command line is refused as typed.
 *
 * <pre>{@code
 * new CommandFiles(spec.commandLine())
 *     .input("VIDEO", input)
 *     .output("--out", out)
 *     .output("--csv", csv)
 *     .requireDistinct();
 * }</pre>
 *
 * Paths are compared as the file system sees them: relative paths, {@code ..}, symbolic and hard
 * links to one file all count as that file.
 */
final class CommandFiles {
  private record Role(String label, Path path) {}

  private final CommandLine commandLine;
  private final List<Role> inputs = new ArrayList<>();
  private final List<Role> outputs = new ArrayList<>();

  CommandFiles(CommandLine commandLine) {
    this.commandLine = commandLine;
  }

  /** A file (or folder) the command reads, named as the user knows it; null is ignored. */
  CommandFiles input(String label, Path path) {
    if (path != null) {
      inputs.add(new Role(label, path));
    }
    return this;
  }

  /** A file the command writes, named by its option; null (not asked for) is ignored. */
  CommandFiles output(String label, Path path) {
    if (path != null) {
      outputs.add(new Role(label, path));
    }
    return this;
  }

  /**
   * @throws ParameterException naming the first output that is an input or an earlier output
   */
  void requireDistinct() {
    for (int i = 0; i < outputs.size(); i++) {
      Role output = outputs.get(i);
      for (Role input : inputs) {
        if (sameFile(output.path(), input.path())) {
          throw new ParameterException(
              commandLine,
              output.label()
                  + " "
                  + output.path()
                  + " is the input "
                  + input.label()
                  + " ("
                  + input.path()
                  + "): writing it would destroy the input; give "
                  + output.label()
                  + " another file name");
        }
      }
      for (Role earlier : outputs.subList(0, i)) {
        if (sameFile(output.path(), earlier.path())) {
          throw new ParameterException(
              commandLine,
              output.label()
                  + " and "
                  + earlier.label()
                  + " both name "
                  + output.path()
                  + ": one would overwrite the other; give each output its own file name");
        }
      }
    }
  }

  /** Whether {@code a} and {@code b} name one file, existing or not yet. */
  static boolean sameFile(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
      return resolved(a).equals(resolved(b));
    } catch (IOException e) {
      return resolved(a).equals(resolved(b));
    }
  }

  /** The real path of the deepest existing folder, with the rest of the name kept as typed. */
  private static Path resolved(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute));
    } catch (IOException e) {
      return absolute;
    }
  }
}
