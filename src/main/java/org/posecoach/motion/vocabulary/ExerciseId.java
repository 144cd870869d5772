package org.posecoach.motion.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The six exercises of the morning low-back routine, with the ids used in routine files and logs.
 *
 * <pre>{@code
 * ExerciseId id = ExerciseId.fromId("cat_camel");   // CAT_CAMEL
 * String text = ExerciseId.LUMBAR_ROTATION.id();     // "lumbar_rotation"
 * }</pre>
 */
public enum ExerciseId {
  /** On the back, feet close to the bottom, knees rocked side to side; counted per side. */
  LUMBAR_ROTATION(StartPosition.SUPINE_KNEES_BENT, false),
  /** On the back, both knees pulled to the chest, short hold, release. */
  KNEES_TO_CHEST(StartPosition.SUPINE_KNEES_BENT, false),
  /** On the back, one knee pulled across with the opposite hand and held; timed, per side. */
  GLUTE_STRETCH(StartPosition.SUPINE_KNEES_BENT, false),
  /** Hands and knees, spine rounded up (cat) then dipped (camel). */
  CAT_CAMEL(StartPosition.HANDS_AND_KNEES, true),
  /** Hands and knees, arms out in front, bottom sunk back towards the heels. */
  PRAYER_STRETCH(StartPosition.HANDS_AND_KNEES, false),
  /** Hands and knees, one hand threads under the body, then reaches up; per side. */
  THREAD_THE_NEEDLE(StartPosition.HANDS_AND_KNEES, false);

  /** Where every repetition of an exercise starts. */
  public enum StartPosition {
    SUPINE_KNEES_BENT,
    HANDS_AND_KNEES
  }

  private final StartPosition startPosition;
  private final boolean staysInStartPosition;

  ExerciseId(StartPosition startPosition, boolean staysInStartPosition) {
    this.startPosition = startPosition;
    this.staysInStartPosition = staysInStartPosition;
  }

  /** The id used in routine files, e.g. {@code knees_to_chest}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public StartPosition startPosition() {
    return startPosition;
  }

  /**
   * Whether the whole movement keeps the start position (cat-camel moves only the back), so a
   * repetition cannot begin in another position of the same family: sitting back is the way onto
   * hands and knees, not part of a cat-camel. The others pass through other positions (sitting
   * back, a shoulder lowered, knees dropped) and may start at an end.
   */
  public boolean staysInStartPosition() {
    return staysInStartPosition;
  }

  /** Whether the exercise lies on the back (and may therefore also be filmed from the feet). */
  public boolean isSupine() {
    return startPosition == StartPosition.SUPINE_KNEES_BENT;
  }

  /** Every {@link #id()}, in the order of the morning low-back routine. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(ExerciseId::id).toList();
  }

  /**
   * Parses an {@link #id()}.
   *
   * @throws IllegalArgumentException naming the valid ids when {@code id} is not one of them
   */
  public static ExerciseId fromId(String id) {
    for (ExerciseId e : values()) {
      if (e.id().equals(id == null ? null : id.trim().toLowerCase(Locale.ROOT))) {
        return e;
      }
    }
    throw new IllegalArgumentException(
        "Unknown exercise '" + id + "'; known exercises are " + String.join(", ", ids()));
  }
}
