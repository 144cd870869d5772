package org.posecoach.store;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How one exercise went in one session (all its steps in that session together).
 *
 * @param meanRepSeconds mean rep duration (the tempo); empty without reps
 * @param meanRangeFraction mean rep range as a fraction of the user's range; empty without reps
 * @param meanHeldSeconds mean length of the timed holds; empty without holds
 * @param formEventsPerRep form events per counted rep or hold; empty when there were neither
 */
public record TrendPoint(
    SessionId session,
    Instant startedAt,
    int reps,
    int holds,
    OptionalDouble meanRepSeconds,
    OptionalDouble meanRangeFraction,
    OptionalDouble meanHeldSeconds,
    int formEvents,
    OptionalDouble formEventsPerRep) {
  public TrendPoint {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(meanRepSeconds, "meanRepSeconds");
    Objects.requireNonNull(meanRangeFraction, "meanRangeFraction");
    Objects.requireNonNull(meanHeldSeconds, "meanHeldSeconds");
    Objects.requireNonNull(formEventsPerRep, "formEventsPerRep");
  }
}
