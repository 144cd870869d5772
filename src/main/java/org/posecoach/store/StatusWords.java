package org.posecoach.store;

import java.util.Locale;

/**
 * How {@link SessionStatus} and {@link StepStatus} are written in the database and the history
 * output: the constant's name in lower case ({@code IN_PROGRESS} ↔ {@code in_progress}). One rule
 * for both, so the words in the schema's {@code CHECK}s and the enums cannot drift apart.
 */
final class StatusWords {
  private StatusWords() {}

  static String id(Enum<?> status) {
    return status.name().toLowerCase(Locale.ROOT);
  }

  /**
   * The constant stored as {@code id}.
   *
   * @throws IllegalArgumentException when {@code type} has no such constant
   */
  static <E extends Enum<E>> E fromId(Class<E> type, String id) {
    return Enum.valueOf(type, id.toUpperCase(Locale.ROOT));
  }
}
