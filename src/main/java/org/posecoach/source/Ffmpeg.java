package org.posecoach.source;

import org.bytedeco.ffmpeg.global.avutil;

/** FFmpeg process-wide settings. */
final class Ffmpeg {
  private static boolean quiet;

  private Ffmpeg() {}

  /** Keeps FFmpeg's own log to real errors; our messages say what went wrong. */
  static synchronized void quietLogs() {
    if (!quiet) {
      avutil.av_log_set_level(avutil.AV_LOG_FATAL);
      quiet = true;
    }
  }
}
