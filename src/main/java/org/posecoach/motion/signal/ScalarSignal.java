package org.posecoach.motion.signal;

import java.util.Optional;
import java.util.OptionalDouble;
import org.posecoach.motion.body.BodyFrame;

/**
 * A signal whose sample is its value alone, with no side evidence: every shape but {@link
 * SignalShape#VOTED_SIDES}. A subclass passes its spec up and computes the value.
 */
abstract class ScalarSignal implements ExerciseSignal {

  private final SignalSpec spec;

  ScalarSignal(SignalSpec spec) {
    this.spec = spec;
  }

  @Override
  public final SignalSpec spec() {
    return spec;
  }

  @Override
  public final Optional<SignalSample> measure(BodyFrame body) {
    OptionalDouble value = value(body);
    return value.isPresent() ? Optional.of(SignalSample.of(value.getAsDouble())) : Optional.empty();
  }

  /** The signal's value in this frame, in the spec's unit, or empty when it cannot be read. */
  abstract OptionalDouble value(BodyFrame body);
}
