package org.posecoach.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The results of counting clips with judged counts, as a table for people: one line per clip, then
 * the exact rate, the within-one rate and the mean absolute error per folder and over all clips.
 *
 * <pre>
 * clip                       exercise        expected  counted   result    notes
 * cat_camel_side_stock.mp4   cat_camel       1         0         off by 1  reason: No start …
 * lumbar_rotation_4reps.mp4  lumbar_rotation 8 L4 R4   8 L4 R4   exact
 * all: 2 clips, exact 1/2 (50 %), within one 2/2 (100 %), mean absolute error 0.50
 * </pre>
 */
public final class Evaluation {
  /** Reasons, checks and errors are cut to this many characters so a line fits a wide terminal. */
  private static final int NOTE_CHARS = 70;

  /** Longer clip names are cut: the JSON keeps them whole. */
  private static final int NAME_CHARS = 56;

  private final List<ClipResult> results;

  public Evaluation(List<ClipResult> results) {
    this.results = List.copyOf(results);
  }

  public List<ClipResult> results() {
    return results;
  }

  /** Over every clip. */
  public EvaluationSummary summary() {
    return EvaluationSummary.of(results);
  }

  /** Per folder, in the order the folders came. */
  public Map<String, EvaluationSummary> byFolder() {
    Map<String, List<ClipResult>> groups = new LinkedHashMap<>();
    for (ClipResult r : results) {
      groups.computeIfAbsent(r.folder(), f -> new ArrayList<>()).add(r);
    }
    Map<String, EvaluationSummary> summaries = new LinkedHashMap<>();
    groups.forEach((folder, rs) -> summaries.put(folder, EvaluationSummary.of(rs)));
    return summaries;
  }

  /** Whether every clip was counted exactly. */
  public boolean allExact() {
    return results.stream().allMatch(ClipResult::exact);
  }

  /** The table, then a summary line per folder (when there are several) and one over all. */
  public List<String> lines() {
    int nameWidth = "clip".length();
    for (ClipResult r : results) {
      nameWidth = Math.max(nameWidth, Math.min(NAME_CHARS, r.name().length()));
    }
    String row = "%-" + nameWidth + "s  %-17s %-10s %-10s %-10s %s";
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
                Locale.ROOT, row, "clip", "exercise", "expected", "counted", "result", "notes")
            .strip());
    for (ClipResult r : results) {
      lines.add(
          String.format(
                  Locale.ROOT,
                  row,
                  shorten(r.name(), nameWidth),
                  r.expected().exercise().id(),
                  expected(r.expected()),
                  r.counted().map(c -> counted(r.expected(), c)).orElse("-"),
                  verdict(r),
                  notes(r))
              .strip());
    }
    Map<String, EvaluationSummary> folders = byFolder();
    if (folders.size() > 1) {
      folders.forEach((folder, s) -> lines.add(summaryLine(folder, s)));
    }
    lines.add(summaryLine("all", summary()));
    return lines;
  }

  static String summaryLine(String label, EvaluationSummary s) {
    return String.format(
        Locale.ROOT,
        "%s: %d clip%s, exact %d/%d (%.0f %%), within one %d/%d (%.0f %%), mean absolute error %s%s",
        label,
        s.clips(),
        s.clips() == 1 ? "" : "s",
        s.exact(),
        s.clips(),
        100 * s.exactRate(),
        s.withinOne(),
        s.clips(),
        100 * s.withinOneRate(),
        s.meanAbsoluteError().isPresent()
            ? String.format(Locale.ROOT, "%.2f", s.meanAbsoluteError().getAsDouble())
            : "n/a",
        s.errors() > 0 ? ", " + s.errors() + " not analysed" : "");
  }

  private static String expected(ClipExpectation e) {
    return e.sided()
        ? e.reps() + " L" + e.left().getAsInt() + " R" + e.right().getAsInt()
        : String.valueOf(e.reps());
  }

  private static String counted(ClipExpectation e, ClipCount c) {
    return e.sided() ? c.reps() + " L" + c.left() + " R" + c.right() : String.valueOf(c.reps());
  }

  private static String verdict(ClipResult r) {
    if (r.counted().isEmpty()) {
      return "error";
    }
    if (r.exact()) {
      return "exact";
    }
    int off = r.absoluteError().getAsInt();
    return off == 0 ? "sides off" : "off by " + off;
  }

  private static String notes(ClipResult r) {
    List<String> notes = new ArrayList<>();
    r.error().ifPresent(e -> notes.add("error: " + shorten(e, NOTE_CHARS)));
    r.counted()
        .ifPresent(
            c -> {
              if (c.reps() == 0) {
                c.reason().ifPresent(s -> notes.add("reason: " + shorten(s, NOTE_CHARS)));
              }
              c.check()
                  .ifPresent(
                      k ->
                          notes.add(
                              "check: "
                                  + (k.periodicityReps().isPresent()
                                      ? k.periodicityReps().getAsInt() + " by periodicity, "
                                      : "")
                                  + shorten(k.message(), NOTE_CHARS)));
            });
    return String.join("; ", notes);
  }

  /** {@code text} on one line, cut to {@code max} characters with an ellipsis when longer. */
  static String shorten(String text, int max) {
    String line = text.strip().replaceAll("\\s+", " ");
    return line.length() <= max ? line : line.substring(0, max - 1).stripTrailing() + "…";
  }
}
