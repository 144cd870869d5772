package org.posecoach.routine;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How fast a rep may be. A rep's duration runs from leaving the start position to being back in it,
 * hold included; for cat-camel it is the full cycle (cat and camel).
 *
 * @param minRepSeconds a rep quicker than this is "too fast"; 0 means no lower bound (timed holds)
 * @param maxRepSeconds a rep slower than this is "too slow"; empty means no upper bound
 */
public record Tempo(double minRepSeconds, OptionalDouble maxRepSeconds) {
  /** No tempo check at all (timed holds). */
  public static final Tempo NONE = new Tempo(0, OptionalDouble.empty());

  public Tempo {
    Objects.requireNonNull(maxRepSeconds, "maxRepSeconds");
    if (!(minRepSeconds >= 0) || Double.isInfinite(minRepSeconds)) {
      throw new IllegalArgumentException("minRepSeconds must be >= 0, got " + minRepSeconds);
    }
    if (maxRepSeconds.isPresent() && !(maxRepSeconds.getAsDouble() > minRepSeconds)) {
      throw new IllegalArgumentException("maxRepSeconds must be > minRepSeconds");
    }
  }
}
