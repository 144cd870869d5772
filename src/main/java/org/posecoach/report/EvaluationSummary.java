package org.posecoach.report;

import java.util.List;
import java.util.OptionalDouble;

/**
 * How a set of clips was counted: how many exactly, how many within one, and the mean absolute
 * error of the totals. Rates are over every clip, so a clip that failed counts as neither exact nor
 * within one; the mean error is over the clips that were counted.
 *
 * @param clips clips evaluated
 * @param exact clips counted exactly (total and both sides)
 * @param withinOne clips whose total and sides are each off by at most one
 * @param errors clips that could not be analysed
 * @param meanAbsoluteError mean |counted − expected| of the totals, empty when nothing was counted
 */
public record EvaluationSummary(
    int clips, int exact, int withinOne, int errors, OptionalDouble meanAbsoluteError) {

  public static EvaluationSummary of(List<ClipResult> results) {
    int exact = (int) results.stream().filter(ClipResult::exact).count();
    int withinOne = (int) results.stream().filter(ClipResult::withinOne).count();
    int errors = (int) results.stream().filter(r -> r.counted().isEmpty()).count();
    OptionalDouble mae =
        results.stream()
            .map(ClipResult::absoluteError)
            .filter(e -> e.isPresent())
            .mapToInt(e -> e.getAsInt())
            .average();
    return new EvaluationSummary(results.size(), exact, withinOne, errors, mae);
  }

  /** Share of clips counted exactly, 0 to 1 (0 for no clips). */
  public double exactRate() {
    return clips == 0 ? 0 : (double) exact / clips;
  }

  /** Share of clips counted within one, 0 to 1 (0 for no clips). */
  public double withinOneRate() {
    return clips == 0 ? 0 : (double) withinOne / clips;
  }
}
