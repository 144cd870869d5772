package org.posecoach.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.posecoach.io.AtomicFiles;
import org.posecoach.source.SourceException;
import picocli.CommandLine.Option;

/**
 * {@code --json FILE}: where a command's one JSON document goes, the file or else standard output;
 * shared by the commands that print one ({@code @Mixin JsonOutput json;}), so that the option reads
 * and behaves the same in each.
 */
final class JsonOutput {
  @Option(
      names = "--json",
      paramLabel = "FILE",
      description = "Write the JSON here instead of printing it.")
  Path file;

  /**
   * Writes {@code document} as JSON, and a line separator, to the file, or prints it to {@code out}
   * when no file was given; a file that cannot be written is a {@link SourceException}.
   */
  void write(Object document, PrintWriter out) throws IOException {
    String text = PoseJson.MAPPER.writeValueAsString(document);
    if (file == null) {
      out.println(text);
      return;
    }
    try {
      AtomicFiles.write(file, temp -> Files.writeString(temp, text + System.lineSeparator()));
    } catch (IOException e) {
      throw new SourceException("Cannot write '" + file + "': " + e.getMessage(), e);
    }
  }

  /** Writes {@code document} as JSON, and a line separator, to {@code file} directly. */
  static void writeTo(Object document, Path file) throws IOException {
    Files.writeString(file, PoseJson.MAPPER.writeValueAsString(document) + System.lineSeparator());
  }
}
