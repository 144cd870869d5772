package org.posecoach.motion.position;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.posecoach.motion.vocabulary.BodyPosition.HANDS_AND_KNEES;
import static org.posecoach.motion.vocabulary.BodyPosition.KNEELING_SIT_BACK;
import static org.posecoach.motion.vocabulary.BodyPosition.UNKNOWN;
import static org.posecoach.motion.vocabulary.BodyPosition.UPRIGHT;

import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.posecoach.motion.vocabulary.BodyPosition;

class PositionTrackerTest {

  private static final double FPS = 30;

  /**
   * Feeds {@code frames} guesses at 30 fps from {@code tracker}'s last time on; returns the last.
   */
  private static BodyPosition feed(
      PositionTracker tracker, int first, int frames, IntFunction<BodyPosition> guess) {
    BodyPosition p = tracker.position();
    for (int i = first; i < first + frames; i++) {
      p = tracker.update(i / FPS, guess.apply(i));
    }
    return p;
  }

  @Test
  void aSteadyGuessSettlesAfterAThirdOfASecondAndSaysWhenItsEvidenceBegan() {
    PositionTracker tracker = new PositionTracker();
    assertEquals(UNKNOWN, feed(tracker, 0, 9, i -> HANDS_AND_KNEES));
    assertEquals(HANDS_AND_KNEES, feed(tracker, 9, 3, i -> HANDS_AND_KNEES));
    assertEquals(0.0, tracker.since(), 1e-9);
  }

  @Test
  void handsOutOfThePictureHalfTheTimeDoNotLoseThePosition() {
    // Real footage with the wrists leaving the bottom edge: every other frame unrecognised.
    PositionTracker tracker = new PositionTracker();
    feed(tracker, 0, 30, i -> HANDS_AND_KNEES);
    assertEquals(
        HANDS_AND_KNEES, feed(tracker, 30, 300, i -> i % 2 == 0 ? UNKNOWN : HANDS_AND_KNEES));
  }

  @Test
  void aFlickerBetweenTwoPositionsKeepsTheOneItStartedIn() {
    PositionTracker tracker = new PositionTracker();
    feed(tracker, 0, 30, i -> HANDS_AND_KNEES);
    assertEquals(
        HANDS_AND_KNEES,
        feed(tracker, 30, 300, i -> i % 2 == 0 ? KNEELING_SIT_BACK : HANDS_AND_KNEES));
  }

  @Test
  void aRealChangeIsFollowedWithinHalfASecond() {
    PositionTracker tracker = new PositionTracker();
    feed(tracker, 0, 30, i -> HANDS_AND_KNEES);
    assertEquals(UPRIGHT, feed(tracker, 30, 15, i -> UPRIGHT));
    assertEquals(1.0, tracker.since(), 1e-9);
  }

  @Test
  void nothingRecognisedForTwoSecondsForgetsThePosition() {
    PositionTracker tracker = new PositionTracker();
    feed(tracker, 0, 30, i -> HANDS_AND_KNEES);
    assertEquals(HANDS_AND_KNEES, feed(tracker, 30, 55, i -> UNKNOWN));
    assertEquals(UNKNOWN, feed(tracker, 85, 10, i -> UNKNOWN));
  }
}
