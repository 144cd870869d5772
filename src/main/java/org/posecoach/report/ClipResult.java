package org.posecoach.report;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * One clip of an evaluation: what a person judged, what the product counted, and how they compare.
 * A clip is exact when its total and, for a sided clip, both sides match; within one when each of
 * those is off by at most one. A clip that could not be analysed has no count and is neither.
 *
 * @param folder the folder the clip was listed in, as given
 * @param expected the judged count
 * @param counted what {@code analyze} counted, or empty when it failed
 * @param error why the analysis failed or stopped early, or empty
 */
public record ClipResult(
    String folder, ClipExpectation expected, Optional<ClipCount> counted, Optional<String> error) {

  public static ClipResult counted(String folder, ClipExpectation expected, ClipCount counted) {
    return new ClipResult(folder, expected, Optional.of(counted), Optional.empty());
  }

  /** A clip whose input broke midway: what was counted before, and why it stopped. */
  public static ClipResult partial(
      String folder, ClipExpectation expected, ClipCount counted, String error) {
    return new ClipResult(folder, expected, Optional.of(counted), Optional.of(error));
  }

  public static ClipResult failed(String folder, ClipExpectation expected, String error) {
    return new ClipResult(folder, expected, Optional.empty(), Optional.of(error));
  }

  /** The clip's file name. */
  public String name() {
    return expected.clip().getFileName().toString();
  }

  public boolean exact() {
    return maxSideError().orElse(-1) == 0 && absoluteError().orElse(-1) == 0;
  }

  public boolean withinOne() {
    return absoluteError().orElse(Integer.MAX_VALUE) <= 1
        && maxSideError().orElse(Integer.MAX_VALUE) <= 1;
  }

  /** |counted − expected| of the totals, or empty without a count. */
  public OptionalInt absoluteError() {
    return counted.isEmpty()
        ? OptionalInt.empty()
        : OptionalInt.of(Math.abs(counted.get().reps() - expected.reps()));
  }

  /**
   * The larger per-side error of a sided clip; 0 for a clip without sides; empty without a count.
   */
  private OptionalInt maxSideError() {
    if (counted.isEmpty()) {
      return OptionalInt.empty();
    }
    if (!expected.sided()) {
      return OptionalInt.of(0);
    }
    ClipCount c = counted.get();
    return OptionalInt.of(
        Math.max(
            Math.abs(c.left() - expected.left().getAsInt()),
            Math.abs(c.right() - expected.right().getAsInt())));
  }
}
