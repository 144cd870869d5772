package org.posecoach.cli;

import org.posecoach.source.FfmpegLog;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code --verbose}, on every command: shows the video library's own log lines, hidden by default.
 */
final class VerboseOption {
  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Show FFmpeg's own log lines (stream details, encoder warnings).")
  void verbose(boolean on) {
    FfmpegLog.verbose(on);
  }
}
