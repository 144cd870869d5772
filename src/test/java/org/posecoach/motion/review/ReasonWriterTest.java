package org.posecoach.motion.review;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.posecoach.motion.form.FramingCheck.Problem;
import org.posecoach.motion.vocabulary.BodyPosition;
import org.posecoach.motion.vocabulary.CameraView;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.FormIssue;
import org.posecoach.pose.Joint;

class ReasonWriterTest {

  private static final SetDiary.Seen SIDE =
      SetDiary.seen(Optional.of(CameraView.SIDE), false, true);

  /** {@code seconds} of frames at 30 fps, as the analyzer would record them. */
  private static void frames(
      SetDiary d,
      double from,
      double seconds,
      BodyPosition position,
      boolean inPosition,
      Problem problem,
      Set<Joint> missing) {
    for (int i = 0; i < seconds * 30; i++) {
      d.person(from + i / 30.0, position, SIDE, inPosition, problem, missing);
    }
  }

  private static void assertSays(String reason, String... parts) {
    for (String p : parts) {
      assertTrue(reason.contains(p), "'" + reason + "' should say '" + p + "'");
    }
  }

  @Test
  void anEmptyRoomSaysNobodyWasThere() {
    SetDiary d = new SetDiary();
    for (int i = 0; i < 300; i++) {
      d.nobody(i / 30.0);
    }
    assertSays(
        ReasonWriter.reason(ExerciseId.CAT_CAMEL, 0, d),
        "Nothing counted",
        "nobody was in view for 10.0 s",
        "Get on your hands and knees".toLowerCase());
  }

  @Test
  void standingTheWholeTimeSaysWhichPositionToTake() {
    SetDiary d = new SetDiary();
    frames(d, 0, 8, BodyPosition.UPRIGHT, false, Problem.NONE, Set.of());
    assertSays(
        ReasonWriter.reason(ExerciseId.CAT_CAMEL, 0, d),
        "you were seen upright",
        "never on your hands and knees",
        "Get on your hands and knees");
  }

  @Test
  void hiddenHipsSayWhereToPutTheCamera() {
    SetDiary d = new SetDiary();
    frames(d, 0, 10, BodyPosition.HANDS_AND_KNEES, true, Problem.HIDDEN, Set.of(Joint.LEFT_HIP));
    assertSays(
        ReasonWriter.reason(ExerciseId.CAT_CAMEL, 0, d),
        "your hips were hidden from the camera",
        "Put the laptop at your side, about 2 m away");
  }

  @Test
  void aSmallMovementSaysHowFarItWentAndWhatToDo() {
    SetDiary d = new SetDiary();
    frames(d, 0, 10, BodyPosition.HANDS_AND_KNEES, true, Problem.NONE, Set.of());
    d.movement(0.42);
    assertSays(
        ReasonWriter.reason(ExerciseId.CAT_CAMEL, 0, d),
        "on your hands and knees, seen from the side for 10.0 s",
        "42 %",
        "Round and dip further");
  }

  @Test
  void aNodSaysToMoveTheBack() {
    SetDiary d = new SetDiary();
    frames(d, 0, 10, BodyPosition.HANDS_AND_KNEES, true, Problem.NONE, Set.of());
    d.movement(0.1);
    d.issue(FormIssue.HEAD_ONLY);
    assertSays(
        ReasonWriter.reason(ExerciseId.CAT_CAMEL, 0, d),
        "only your head moved",
        "Move your back, not just your head");
  }

  @Test
  void aCountedSetSaysWhatItCountedIn() {
    SetDiary d = new SetDiary();
    frames(d, 0, 10, BodyPosition.SUPINE_KNEES_BENT, true, Problem.NONE, Set.of());
    assertSays(
        ReasonWriter.reason(ExerciseId.LUMBAR_ROTATION, 3, d),
        "Counted 3 repetitions",
        "lying on your back with your knees bent, seen from the side");
  }
}
