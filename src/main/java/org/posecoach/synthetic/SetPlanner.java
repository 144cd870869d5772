package org.posecoach.synthetic;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.Side;

/** Lays out a set: which side each repetition works, what kind it is, which half it falls in. */
final class SetPlanner {

  /** One repetition to perform; {@code side} is null for unsided exercises and nods. */
  record RepPlan(Side side, RepKind kind, boolean secondHalf) {}

  private SetPlanner() {}

  /** The sequence of repetitions: sides, kinds, tempo halves. */
  static List<RepPlan> plan(ExerciseId ex, boolean perSide, int reps, SetVariations v, Random rnd) {
    List<Side> sides = new ArrayList<>();
    Side first = rnd.nextBoolean() ? Side.LEFT : Side.RIGHT;
    if (!perSide) {
      for (int i = 0; i < reps; i++) {
        sides.add(null);
      }
    } else if (ex == ExerciseId.LUMBAR_ROTATION) {
      for (int i = 0; i < 2 * reps; i++) {
        sides.add(i % 2 == 0 ? first : first.opposite());
      }
    } else {
      for (int i = 0; i < 2 * reps; i++) {
        sides.add(i < reps ? first : first.opposite());
      }
    }
    List<RepPlan> plans = new ArrayList<>();
    int n = sides.size();
    for (int i = 0; i < n; i++) {
      RepKind kind = v.fast() ? RepKind.FAST : RepKind.NORMAL;
      plans.add(new RepPlan(sides.get(i), kind, i >= n / 2));
    }
    // Jerky and unheld repetitions replace normal ones, anywhere after the first.
    replace(plans, RepKind.JERKY, v.jerkyReps(), rnd, 1);
    replace(plans, RepKind.NO_HOLD, v.noHoldReps(), rnd, 1);
    // Cycles of the back alone replace ordinary ones anywhere, the first included.
    replace(plans, RepKind.BACK_ONLY, v.backOnlyReps(), rnd, 0);
    if (v.shortHold() && ex == ExerciseId.GLUTE_STRETCH) {
      // A hold released early, then done again in full.
      RepPlan p = plans.get(0);
      plans.add(0, new RepPlan(p.side(), RepKind.SHORT_HOLD, false));
    }
    // Partial repetitions are extra ones, on the side of the repetition before them, once that
    // side is calibrated (three full repetitions done there) and not next to another partial.
    for (int k = 0; k < v.partialReps(); k++) {
      List<Integer> slots = new ArrayList<>();
      Map<Side, Integer> full = new EnumMap<>(Side.class);
      int unsided = 0;
      for (int i = 1; i <= plans.size(); i++) {
        RepPlan prev = plans.get(i - 1);
        if (prev.kind() != RepKind.PARTIAL) {
          if (prev.side() == null) {
            unsided++;
          } else {
            full.merge(prev.side(), 1, Integer::sum);
          }
        }
        int done = prev.side() == null ? unsided : full.getOrDefault(prev.side(), 0);
        boolean nextIsPartial = i < plans.size() && plans.get(i).kind() == RepKind.PARTIAL;
        if (done >= 3 && prev.kind() != RepKind.PARTIAL && !nextIsPartial) {
          slots.add(i);
        }
      }
      if (slots.isEmpty()) {
        break;
      }
      int at = slots.get(rnd.nextInt(slots.size()));
      RepPlan prev = plans.get(at - 1);
      plans.add(at, new RepPlan(prev.side(), RepKind.PARTIAL, prev.secondHalf()));
    }
    if (v.nodReps() > 0) {
      // One run of nods, anywhere (before the first cycle too) but not straight after a partial
      // cycle, whose reached end still waits for the other.
      List<Integer> slots = new ArrayList<>();
      for (int i = 0; i <= plans.size(); i++) {
        if (i == 0 || plans.get(i - 1).kind() != RepKind.PARTIAL) {
          slots.add(i);
        }
      }
      int at = slots.get(rnd.nextInt(slots.size()));
      boolean secondHalf = at > 0 && plans.get(at - 1).secondHalf();
      for (int k = 0; k < v.nodReps(); k++) {
        plans.add(at, new RepPlan(null, RepKind.NOD, secondHalf));
      }
    }
    return plans;
  }

  /** Turns {@code count} ordinary plans, from index {@code first} on, into {@code kind}. */
  private static void replace(List<RepPlan> plans, RepKind kind, int count, Random rnd, int first) {
    for (int k = 0; k < count; k++) {
      List<Integer> normal = new ArrayList<>();
      for (int i = first; i < plans.size(); i++) {
        if (plans.get(i).kind() == RepKind.NORMAL) {
          normal.add(i);
        }
      }
      if (normal.isEmpty()) {
        return;
      }
      int at = normal.get(rnd.nextInt(normal.size()));
      RepPlan p = plans.get(at);
      plans.set(at, new RepPlan(p.side(), kind, p.secondHalf()));
    }
  }
}
