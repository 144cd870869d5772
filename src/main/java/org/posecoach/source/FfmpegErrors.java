package org.posecoach.source;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FFmpeg's failures in words a user can act on. JavaCV's messages name the C call and its error
 * number, and add hints for programmers ("Has setFormat() been called?"); none of that helps
 * someone holding a file that does not play.
 */
final class FfmpegErrors {
  /** {@code avformat_open_input() error -1094995529: …}: the call's name and its AVERROR. */
  private static final Pattern ERROR_NUMBER = Pattern.compile("error (-?\\d+)");

  /** AVERROR codes a damaged or foreign file gives (FFERRTAG and negated errno values). */
  private static final Map<Integer, String> WORDS =
      Map.of(
          -1094995529, "its contents are not a video or image format FFmpeg knows",
          -1163346256, "its format or codec is not supported by this FFmpeg build",
          -1128613112, "it uses a codec this FFmpeg build does not have",
          -1381258232, "it has no video stream",
          -541478725, "it ends before its first frame: empty or truncated",
          -2, "it does not exist",
          -13, "permission denied",
          -5, "an input/output error while reading it",
          -12, "not enough memory to open it");

  private FfmpegErrors() {}

  /** The cause of {@code message} in plain words, or a neutral phrase when it is not known. */
  static String plainWords(String message) {
    if (message == null) {
      return "FFmpeg gave no reason";
    }
    Matcher number = ERROR_NUMBER.matcher(message);
    if (number.find()) {
      try {
        String words = WORDS.get(Integer.parseInt(number.group(1)));
        if (words != null) {
          return words;
        }
      } catch (NumberFormatException e) {
        // Not a number FFmpeg gives: fall through to the neutral phrase.
      }
    }
    return "FFmpeg could not decode it";
  }
}
