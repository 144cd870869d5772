package org.posecoach.routine;

import java.util.ArrayList;
import java.util.List;
import org.posecoach.motion.vocabulary.Side;

/** What a step's {@link SidePlan} means, spelled out for tests: the side of every rep in order. */
final class SideSequence {
  private SideSequence() {}

  /** The side of each rep of {@code step} in the order they are done; empty for both at once. */
  static List<Side> of(RoutineStep step) {
    SidePlan plan = step.sides();
    int repsPerSide = step.reps();
    List<Side> out = new ArrayList<>();
    switch (plan.sides()) {
      case NONE -> {}
      case LEFT, RIGHT -> {
        Side only = plan.sides() == Sides.LEFT ? Side.LEFT : Side.RIGHT;
        for (int i = 0; i < repsPerSide; i++) {
          out.add(only);
        }
      }
      case BOTH -> {
        for (int i = 0; i < 2 * repsPerSide; i++) {
          boolean first = plan.order() == SideOrder.ALTERNATING ? i % 2 == 0 : i < repsPerSide;
          out.add(first ? plan.firstSide() : plan.firstSide().opposite());
        }
      }
    }
    return List.copyOf(out);
  }
}
