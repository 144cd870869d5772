package org.posecoach.routine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The exercise ids a routine file may name, and the few facts about each exercise that decide which
 * step keys make sense for it. The motion-analysis stage has one detector per id; this list is kept
 * here so that routines load without it.
 *
 * <pre>{@code
 * ExerciseIds.find("cat_camel").map(ExerciseIds.Info::kind);   // Optional[REPS]
 * ExerciseIds.ALL;                                             // [lumbar_rotation, ...]
 * }</pre>
 */
public final class ExerciseIds {
  public static final String LUMBAR_ROTATION = "lumbar_rotation";
  public static final String KNEES_TO_CHEST = "knees_to_chest";
  public static final String GLUTE_STRETCH = "glute_stretch";
  public static final String CAT_CAMEL = "cat_camel";
  public static final String PRAYER_STRETCH = "prayer_stretch";
  public static final String THREAD_THE_NEEDLE = "thread_the_needle";

  /** How an exercise's target is counted. */
  public enum Kind {
    /** Repetitions; {@code reps} is required, a hold at the end position is optional. */
    REPS,
    /**
     * Repetitions each held at the end position: {@code reps} and {@code hold_seconds} required.
     */
    HELD_REPS,
    /** A timed hold: {@code hold_seconds} required, {@code reps} (holds) defaults to 1. */
    TIMED_HOLD
  }

  /**
   * What a routine needs to know about one exercise.
   *
   * @param id the id used in routine files
   * @param title a short display name, used when a step gives no {@code title}
   * @param kind how the target is counted
   * @param sided whether the exercise works one side at a time (and so takes {@code sides})
   * @param lyingOnBack whether it is done lying on the back, so that the camera may also stand at
   *     the feet; the others are done on hands and knees and are seen from the side only
   */
  public record Info(String id, String title, Kind kind, boolean sided, boolean lyingOnBack) {}

  /** Every exercise, in the order of the morning low-back routine. */
  public static final List<Info> INFOS =
      List.of(
          new Info(LUMBAR_ROTATION, "Lumbar rotation", Kind.REPS, true, true),
          new Info(KNEES_TO_CHEST, "Knees to chest", Kind.HELD_REPS, false, true),
          new Info(GLUTE_STRETCH, "Glute stretch", Kind.TIMED_HOLD, true, true),
          new Info(CAT_CAMEL, "Cat-camel", Kind.REPS, false, false),
          new Info(PRAYER_STRETCH, "Prayer stretch", Kind.REPS, false, false),
          new Info(THREAD_THE_NEEDLE, "Thread the needle", Kind.REPS, true, false));

  /** Every id, in the order of {@link #INFOS}. */
  public static final List<String> ALL = INFOS.stream().map(Info::id).toList();

  private static final Map<String, Info> BY_ID =
      INFOS.stream().collect(Collectors.toUnmodifiableMap(Info::id, Function.identity()));

  private ExerciseIds() {}

  /** The exercise with this exact id (ids are lower case, words joined by {@code _}). */
  public static Optional<Info> find(String id) {
    return Optional.ofNullable(id == null ? null : BY_ID.get(id));
  }

  /**
   * The exercise with this id.
   *
   * @throws IllegalArgumentException naming the valid ids when {@code id} is not one of them
   */
  public static Info info(String id) {
    return find(id)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown exercise '" + id + "'; the exercises are " + String.join(", ", ALL)));
  }
}
