package org.posecoach.routine;

import java.util.Objects;
import org.posecoach.motion.vocabulary.Side;

/**
 * Which sides a step works and in what order.
 *
 * <pre>{@code
 * new SidePlan(Sides.BOTH, SideOrder.ALTERNATING, Side.LEFT); // left, right, left, right, …
 * new SidePlan(Sides.BOTH, SideOrder.BLOCKS, Side.RIGHT);     // all right reps, then all left
 * SidePlan.NONE;                                               // both sides at once
 * }</pre>
 *
 * @param sides which sides; {@link Sides#NONE} for exercises that work both sides at once
 * @param order how reps on both sides are ordered (only matters for {@link Sides#BOTH})
 * @param firstSide the side done first (only matters for {@link Sides#BOTH})
 */
public record SidePlan(Sides sides, SideOrder order, Side firstSide) {
  /** The plan of an exercise that works both sides at once. */
  public static final SidePlan NONE =
      new SidePlan(Sides.NONE, RoutineDefaults.ORDER, RoutineDefaults.FIRST_SIDE);

  public SidePlan {
    Objects.requireNonNull(sides, "sides");
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(firstSide, "firstSide");
  }

  /** How many times a per-side target is done: 2 for both sides, else 1. */
  public int sideCount() {
    return sides == Sides.BOTH ? 2 : 1;
  }
}
