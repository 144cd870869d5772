package org.posecoach.routine;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.posecoach.motion.vocabulary.ExerciseId;

/**
 * What a routine needs to know about one exercise: the few facts that decide which step keys make
 * sense for it.
 *
 * <pre>{@code
 * ExerciseInfo.of(ExerciseId.CAT_CAMEL).kind();   // REPS
 * }</pre>
 *
 * @param id the exercise
 * @param title a short display name, used when a step gives no {@code title}
 * @param kind how the target is counted
 * @param sided whether the exercise works one side at a time (and so takes {@code sides})
 */
public record ExerciseInfo(ExerciseId id, String title, Kind kind, boolean sided) {

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

  private static final Map<ExerciseId, ExerciseInfo> BY_ID = byId();

  public ExerciseInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(kind, "kind");
  }

  /** The facts about {@code id}. */
  public static ExerciseInfo of(ExerciseId id) {
    return BY_ID.get(Objects.requireNonNull(id, "id"));
  }

  /**
   * Whether it is done lying on the back, so that the camera may also stand at the feet; the others
   * are done on hands and knees and are seen from the side only.
   */
  public boolean lyingOnBack() {
    return id.isSupine();
  }

  private static Map<ExerciseId, ExerciseInfo> byId() {
    Map<ExerciseId, ExerciseInfo> byId = new EnumMap<>(ExerciseId.class);
    for (ExerciseInfo info :
        List.of(
            new ExerciseInfo(ExerciseId.LUMBAR_ROTATION, "Lumbar rotation", Kind.REPS, true),
            new ExerciseInfo(ExerciseId.KNEES_TO_CHEST, "Knees to chest", Kind.HELD_REPS, false),
            new ExerciseInfo(ExerciseId.GLUTE_STRETCH, "Glute stretch", Kind.TIMED_HOLD, true),
            new ExerciseInfo(ExerciseId.CAT_CAMEL, "Cat-camel", Kind.REPS, false),
            new ExerciseInfo(ExerciseId.PRAYER_STRETCH, "Prayer stretch", Kind.REPS, false),
            new ExerciseInfo(ExerciseId.THREAD_THE_NEEDLE, "Thread the needle", Kind.REPS, true))) {
      byId.put(info.id(), info);
    }
    return Map.copyOf(byId);
  }
}
