package org.posecoach.source;

import org.bytedeco.ffmpeg.global.avutil;

/**
 * How much of FFmpeg's own log reaches the terminal. FFmpeg prints to stderr by itself: stream
 * dumps, encoder warnings (OpenH264's profile notes when the demo clip is made), decoder
 * complaints. They mean nothing to a user, and our own messages say what went wrong, so nothing is
 * shown unless {@code --verbose} asks for FFmpeg's usual output. Not even "fatal" lines: FFmpeg
 * logs a text file named {@code .jpg} at that level ("No JPEG data found in image").
 *
 * <pre>{@code
 * FfmpegLog.verbose(true);  // once, from the command line
 * FfmpegLog.apply();        // before each use of FFmpeg: a grabber, a recorder
 * }</pre>
 */
public final class FfmpegLog {
  private static volatile boolean verbose;

  private FfmpegLog() {}

  /** Asks for FFmpeg's usual log; it takes effect at the next {@link #apply()}. */
  public static void verbose(boolean on) {
    verbose = on;
  }

  /**
   * Sets FFmpeg's process-wide log level: its default (info) when verbose, else quiet. Cheap, and
   * safe to call before each use; the first call loads FFmpeg.
   */
  public static void apply() {
    avutil.av_log_set_level(verbose ? avutil.AV_LOG_INFO : avutil.AV_LOG_QUIET);
  }
}
