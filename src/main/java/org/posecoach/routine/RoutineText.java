package org.posecoach.routine;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes of a routine file to text: strict UTF-8 and only characters a YAML file may hold, so that a
 * binary file, or one saved in another encoding, is refused with its first bad place rather than
 * read as garbage.
 */
final class RoutineText {
  private static final int BYTES_PER_KIB = 1024;

  private RoutineText() {}

  /** The text of {@code bytes}, without a leading byte order mark. */
  static String decode(byte[] bytes, String file) {
    if (bytes.length > RoutineLimits.MAX_FILE_BYTES) {
      throw tooLarge(bytes.length, file);
    }
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      throw new RoutineException(
          file, 1, 1, "the file is saved as UTF-16; save it again as UTF-8 text");
    }
    int start =
        bytes.length >= 3
                && bytes[0] == (byte) 0xEF
                && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF
            ? 3
            : 0;
    String text = strictUtf8(bytes, start, file);
    checkCharacters(text, file);
    return text;
  }

  /** The error for a file of {@code size} bytes, over {@link RoutineLimits#MAX_FILE_BYTES}. */
  static RoutineException tooLarge(long size, String file) {
    return new RoutineException(
        file,
        "the file is "
            + size / BYTES_PER_KIB
            + " KiB, far more than a routine needs (at most "
            + RoutineLimits.MAX_FILE_BYTES / BYTES_PER_KIB
            + " KiB); is this the right file?",
        null);
  }

  /** Refuses characters YAML does not allow in a file (control characters, U+FFFE, U+FFFF). */
  static void checkCharacters(String text, String file) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (!isAllowed(c)) {
        int[] place = lineAndColumn(text, i);
        throw new RoutineException(
            file,
            place[0],
            place[1],
            String.format(
                "the file contains the character U+%04X, which has no place in a text file; is"
                    + " this a binary file? A routine is plain UTF-8 text",
                c));
      }
      i += Character.charCount(c);
    }
  }

  /** The printable set of the YAML specification (section 5.1). */
  private static boolean isAllowed(int c) {
    return c == '\t'
        || c == '\n'
        || c == '\r'
        || (c >= 0x20 && c <= 0x7E)
        || c == 0x85
        || (c >= 0xA0 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  private static String strictUtf8(byte[] bytes, int start, String file) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int bad = in.position();
      String done = new String(bytes, start, bad - start, StandardCharsets.UTF_8);
      int[] place = lineAndColumn(done, done.length());
      throw new RoutineException(
          file,
          place[0],
          place[1],
          String.format(
              "byte 0x%02X is not UTF-8 text: the file is binary or was saved in another encoding"
                  + " (such as Latin-1); save it as UTF-8",
              bytes[bad] & 0xFF));
    }
    out.flip();
    return out.toString();
  }

  /**
   * The 1-based line and column (in characters) of {@code index} in {@code text}, counting line
   * breaks as YAML does ({@code \n}, {@code \r\n} or a lone {@code \r}).
   */
  static int[] lineAndColumn(String text, int index) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < index && i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\n' || (c == '\r' && (i >= text.length() || text.charAt(i) != '\n'))) {
        line++;
        column = 1;
      } else if (c != '\r') {
        column++;
      }
    }
    return new int[] {line, column};
  }
}
