package org.posecoach.routine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A routine's seconds as the user reads them: "2 s", "1.5 s", "0.75 s". Bounds are shown with the
 * precision they were written with, so a 1.5 s bound never reads as "2 s" beside a 1.9 s rep that
 * passed it.
 */
public final class Seconds {
  /** Routine files give seconds to hundredths at most. */
  private static final int MAX_DECIMALS = 2;

  private Seconds() {}

  /** {@code seconds} without trailing zeros, to hundredths, then " s". */
  public static String text(double seconds) {
    return number(seconds) + " s";
  }

  /** {@code seconds} without trailing zeros, to hundredths: "2", "1.5". */
  public static String number(double seconds) {
    return BigDecimal.valueOf(seconds)
        .setScale(MAX_DECIMALS, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}
