package org.posecoach.session;

import java.util.Optional;
import org.posecoach.motion.AnalyzerSnapshot;

/**
 * What the user should do while a step waits for its start position (or has lost it): "Step into
 * the frame", then the analyzer's instruction ("Lie on your back, knees bent"). One wording for the
 * window's guidance card and the terminal coach.
 */
public final class SetUpGuidance {
  public static final String STEP_INTO_FRAME = "Step into the frame";

  /** When the analyzer has no instruction of its own for the position. */
  public static final String GET_INTO_POSITION = "Get into the start position";

  private SetUpGuidance() {}

  /** The guidance for this analysis; empty while counting. */
  public static Optional<String> of(AnalyzerSnapshot a) {
    return switch (a.state()) {
      case NO_PERSON -> Optional.of(STEP_INTO_FRAME);
      case GETTING_INTO_POSITION -> Optional.of(a.instruction().orElse(GET_INTO_POSITION));
      case ACTIVE -> Optional.empty();
    };
  }

  /** The guidance for the session as it stands; empty while counting, resting, paused or done. */
  public static Optional<String> of(SessionSnapshot s) {
    boolean live = s.phase() == SessionPhase.GET_READY || s.phase() == SessionPhase.ACTIVE;
    return live ? s.analyzer().flatMap(SetUpGuidance::of) : Optional.empty();
  }
}
