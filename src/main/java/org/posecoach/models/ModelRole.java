package org.posecoach.models;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a catalog model does in the pose stage; {@code models/catalog.json} names it by {@link
 * #id()}.
 */
public enum ModelRole {
  /** A single-person keypoint model run on the whole frame (MoveNet). */
  SINGLEPOSE,
  /** A keypoint model run on a crop found by a detector (BlazePose's landmark model). */
  LANDMARKS,
  /** Finds the person for a landmark model; a part of another model, not chosen by users. */
  DETECTOR;

  /** The word used in the catalog and printed by {@code models list}, e.g. {@code singlepose}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses an {@link #id()}.
   *
   * @throws ModelException naming the known roles when {@code id} is not one of them
   */
  public static ModelRole fromId(String id) {
    for (ModelRole role : values()) {
      if (role.id().equals(id)) {
        return role;
      }
    }
    throw new ModelException(
        "unknown model role '"
            + id
            + "'; the roles are "
            + Arrays.stream(values()).map(ModelRole::id).collect(Collectors.joining(", ")));
  }
}
