package org.posecoach.store;

import java.util.Objects;
import java.util.Optional;
import org.posecoach.motion.vocabulary.Side;

/**
 * Something a form check found.
 *
 * @param timeSeconds when, in seconds after the session start
 * @param type what was found, a snake_case word ({@code too_fast}, {@code too_small}, …: the motion
 *     stage's form issue names in lower case)
 * @param severity {@code info}, {@code warning} or {@code blocking}
 * @param message the cue shown to the user ("Slow down")
 * @param side the side concerned, when there is one
 */
public record FormEventRecord(
    double timeSeconds, String type, String severity, String message, Optional<Side> side) {
  public FormEventRecord {
    Checks.nonNegative(timeSeconds, "timeSeconds");
    Checks.text(type, "type");
    Checks.text(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(side, "side");
  }
}
