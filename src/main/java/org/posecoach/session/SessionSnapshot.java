package org.posecoach.session;

import java.util.Optional;
import org.posecoach.motion.AnalyzerSnapshot;
import org.posecoach.motion.vocabulary.Side;
import org.posecoach.routine.RoutineStep;

/**
 * Everything the coach view shows, as of the last frame.
 *
 * @param routineName the routine's name
 * @param stepIndex the current step, from 0 (the last step once done)
 * @param stepCount steps in the routine
 * @param step the current step
 * @param phase get ready, active, rest, paused, done
 * @param analyzer the current step's analysis (counts, tempo, hold, cue), empty before the first
 *     frame of the step
 * @param expectedSide the side to work now, for steps done in blocks or on one side
 * @param restRemainingSeconds seconds left of the rest countdown (0 outside a rest)
 * @param restSeconds the whole rest
 * @param elapsedSeconds since the session started
 */
public record SessionSnapshot(
    String routineName,
    int stepIndex,
    int stepCount,
    RoutineStep step,
    SessionPhase phase,
    Optional<AnalyzerSnapshot> analyzer,
    Optional<Side> expectedSide,
    double restRemainingSeconds,
    double restSeconds,
    double elapsedSeconds) {}
