package org.posecoach.routine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.posecoach.motion.vocabulary.Side;

/**
 * Which sides a step works and in what order.
 *
 * <pre>{@code
 * new SidePlan(Sides.BOTH, SideOrder.ALTERNATING, Side.LEFT).sequence(2); // [LEFT, RIGHT, LEFT, RIGHT]
 * new SidePlan(Sides.BOTH, SideOrder.BLOCKS, Side.RIGHT).sequence(2);     // [RIGHT, RIGHT, LEFT, LEFT]
 * SidePlan.NONE.sequence(3);                                               // []
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

  /**
   * The side of each rep in the order they are done, for {@code repsPerSide} reps on each side;
   * empty for {@link Sides#NONE}.
   */
  public List<Side> sequence(int repsPerSide) {
    List<Side> out = new ArrayList<>();
    switch (sides) {
      case NONE -> {}
      case LEFT, RIGHT -> {
        Side only = sides == Sides.LEFT ? Side.LEFT : Side.RIGHT;
        for (int i = 0; i < repsPerSide; i++) {
          out.add(only);
        }
      }
      case BOTH -> {
        for (int i = 0; i < 2 * repsPerSide; i++) {
          boolean first = order == SideOrder.ALTERNATING ? i % 2 == 0 : i < repsPerSide;
          out.add(first ? firstSide : firstSide.opposite());
        }
      }
    }
    return List.copyOf(out);
  }
}
