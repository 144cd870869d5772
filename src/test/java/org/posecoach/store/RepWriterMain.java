package org.posecoach.store;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.Side;
import org.posecoach.routine.Sides;

/**
 * The session process of {@link SessionKillTest}: records reps into the history as fast as it can
 * and prints {@code rep N} after each one is committed, until it is killed. Steps of 10 reps, with
 * a form event now and then, so the kill can land anywhere in a session's life.
 *
 * <p>Usage: {@code RepWriterMain DATABASE}
 */
public final class RepWriterMain {
  /** A safety stop in case the test that should kill the process dies first. */
  private static final Duration MAX_RUN = Duration.ofSeconds(60);

  private static final int REPS_PER_STEP = 10;

  private RepWriterMain() {}

  public static void main(String[] args) {
    Instant stopAt = Instant.now().plus(MAX_RUN);
    try (HistoryStore history = HistoryStore.open(Path.of(args[0]))) {
      SessionId session =
          history.startSession(
              new SessionStart(Instant.now(), "Kill test", 1000, "none", "synthetic"));
      System.out.println("session " + session.value());
      System.out.flush();
      int rep = 0;
      for (int position = 1; Instant.now().isBefore(stopAt); position++) {
        double start = rep * 2.0;
        StepId step =
            history.startStep(
                session,
                new StepStart(position, ExerciseId.LUMBAR_ROTATION, 5, 0, Sides.BOTH, start));
        for (int index = 1; index <= REPS_PER_STEP; index++) {
          rep++;
          double t = rep * 2.0;
          Side side = index % 2 == 1 ? Side.LEFT : Side.RIGHT;
          history.recordRep(
              step,
              new RepRecord(
                  index, Optional.of(side), t, t + 1.5, 1.5, 0, 0.8, OptionalDouble.of(25)));
          System.out.println("rep " + rep + " step " + step.value() + " index " + index);
          System.out.flush();
          if (index == 5) {
            history.recordFormEvent(
                step,
                new FormEventRecord(t + 1, "too_fast", "warning", "Slow down", Optional.of(side)));
          }
        }
        history.endStep(step, StepStatus.COMPLETED, rep * 2.0 + 1.5);
      }
    }
    System.exit(3); // not killed in time
  }
}
