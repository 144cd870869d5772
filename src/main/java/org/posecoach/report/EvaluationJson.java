package org.posecoach.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * The {@code evaluate --json} document, a stable shape (see README):
 *
 * <pre>{@code
 * {"model": "blazepose-full",
 *  "clips": [{"folder", "clip", "exercise", "expected": {"reps", "left"?, "right"?},
 *             "counted"?: {"reps", "left", "right"}, "exact", "within_one", "abs_error"?,
 *             "reason"?, "check"?: {"periodicity_reps"?, "message"}, "events", "error"?,
 *             "note"?}],
 *  "summary": {"clips", "exact", "within_one", "errors", "exact_rate", "within_one_rate",
 *              "mean_abs_error"},
 *  "folders": [{"folder", "summary": {…}}]}
 * }</pre>
 *
 * Keys marked {@code ?} are left out when they do not apply: sides for clips without sides, the
 * count for a clip that failed, the reason when the analysis gave none, the judge's note when
 * empty. Keys are the components' names in snake case, in their order.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvaluationJson(
    String model, List<Clip> clips, Summary summary, List<Folder> folders) {
  /** Rates and the mean error to three decimals. */
  private static final int RATE_DECIMALS = 3;

  /** The document for an evaluation run with {@code model}. */
  public static EvaluationJson of(String model, Evaluation evaluation) {
    return new EvaluationJson(
        model,
        evaluation.results().stream().map(EvaluationJson::clip).toList(),
        summary(evaluation.summary()),
        evaluation.byFolder().entrySet().stream()
            .map(e -> new Folder(e.getKey(), summary(e.getValue())))
            .toList());
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Clip(
      String folder,
      String clip,
      String exercise,
      Count expected,
      Count counted,
      boolean exact,
      boolean withinOne,
      Integer absError,
      String reason,
      Check check,
      List<String> events,
      String error,
      String note) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Count(int reps, Integer left, Integer right) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Check(Integer periodicityReps, String message) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Summary(
      int clips,
      int exact,
      int withinOne,
      int errors,
      double exactRate,
      double withinOneRate,
      Double meanAbsError) {}

  public record Folder(String folder, Summary summary) {}

  private static Clip clip(ClipResult r) {
    ClipExpectation e = r.expected();
    Count expected =
        e.sided()
            ? new Count(e.reps(), e.left().getAsInt(), e.right().getAsInt())
            : new Count(e.reps(), null, null);
    ClipCount c = r.counted().orElse(null);
    return new Clip(
        r.folder(),
        r.name(),
        e.exercise().id(),
        expected,
        c == null ? null : new Count(c.reps(), c.left(), c.right()),
        r.exact(),
        r.withinOne(),
        r.absoluteError().isPresent() ? r.absoluteError().getAsInt() : null,
        c == null ? null : c.reason().orElse(null),
        c == null ? null : c.check().map(EvaluationJson::check).orElse(null),
        c == null ? List.of() : c.events(),
        r.error().orElse(null),
        e.note().isBlank() ? null : e.note());
  }

  private static Check check(ClipCount.CountCheck k) {
    return new Check(
        k.periodicityReps().isPresent() ? k.periodicityReps().getAsInt() : null, k.message());
  }

  private static Summary summary(EvaluationSummary s) {
    return new Summary(
        s.clips(),
        s.exact(),
        s.withinOne(),
        s.errors(),
        Rounding.round(s.exactRate(), RATE_DECIMALS),
        Rounding.round(s.withinOneRate(), RATE_DECIMALS),
        s.meanAbsoluteError().isPresent()
            ? Rounding.round(s.meanAbsoluteError().getAsDouble(), RATE_DECIMALS)
            : null);
  }
}
