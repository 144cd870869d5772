package org.posecoach.motion;

import java.util.Optional;
import org.posecoach.motion.rep.Phase;
import org.posecoach.motion.vocabulary.AnalyzerState;
import org.posecoach.motion.vocabulary.BodyPosition;
import org.posecoach.motion.vocabulary.CameraView;
import org.posecoach.motion.vocabulary.Cue;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.Side;

/**
 * Everything the overlay draws, as of the last frame an {@link ExerciseAnalyzer} saw.
 *
 * @param timeSeconds the last frame's time
 * @param exercise the exercise
 * @param state getting into position, holding the start, counting
 * @param position the recognised body position
 * @param view the recognised camera view, when supported
 * @param reps repetitions (or holds) counted, all sides
 * @param leftReps counted on the left (0 when unsided)
 * @param rightReps counted on the right (0 when unsided)
 * @param targetReps the routine's target (per side when sided)
 * @param targetReached whether the target is met (on both sides when sided)
 * @param phase where the current repetition stands
 * @param progress how far the current movement is, as a fraction of the user's range, 0..1: the
 *     tempo gauge
 * @param currentSide the side of the current movement, for sided exercises
 * @param holdProgress the current hold's time over the routine's hold time, 0..1 (0 without holds)
 * @param cue the cue on screen, if any
 * @param instruction what the user should do to get going (e.g. "Get on your hands and knees"),
 *     while not counting
 */
public record AnalyzerSnapshot(
    double timeSeconds,
    ExerciseId exercise,
    AnalyzerState state,
    BodyPosition position,
    Optional<CameraView> view,
    int reps,
    int leftReps,
    int rightReps,
    int targetReps,
    boolean targetReached,
    Phase phase,
    double progress,
    Optional<Side> currentSide,
    double holdProgress,
    Optional<Cue> cue,
    Optional<String> instruction) {}
