package org.posecoach.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.FormIssue;
import org.posecoach.motion.vocabulary.Side;
import org.posecoach.pose.Joint;
import org.posecoach.pose.KeypointLayout;
import org.posecoach.pose.Pose;

class PerformanceTest {

  @Test
  void theSameSeedGivesTheSameStream() {
    SyntheticStream a = Performance.builder(ExerciseId.CAT_CAMEL, 7).reps(3).build().generate();
    SyntheticStream b = Performance.builder(ExerciseId.CAT_CAMEL, 7).reps(3).build().generate();
    assertEquals(a.frames().size(), b.frames().size());
    for (int i = 0; i < a.frames().size(); i += 17) {
      assertEquals(a.frames().get(i), b.frames().get(i));
    }
    assertEquals(a.truth(), b.truth());
  }

  @ParameterizedTest(name = "{0}: the ground truth holds the planned repetitions")
  @EnumSource(ExerciseId.class)
  void theGroundTruthHoldsThePlannedRepetitions(ExerciseId ex) {
    SyntheticStream s =
        Performance.builder(ex, 3).reps(2).noise(NoiseSettings.NONE).build().generate();
    boolean sided = s.settings().perSide();
    assertEquals(sided ? 4 : 2, s.truth().total());
    if (sided) {
      assertEquals(2, s.truth().count(Side.LEFT));
      assertEquals(2, s.truth().count(Side.RIGHT));
    }
  }

  @Test
  void framesComeAtTheFrameRateWithPosesInTheRequestedLayout() {
    SyntheticStream s =
        Performance.builder(ExerciseId.KNEES_TO_CHEST, 1)
            .fps(20)
            .layout(KeypointLayout.COCO_17)
            .noise(NoiseSettings.NONE)
            .reps(1)
            .build()
            .generate();
    assertEquals(s.durationSeconds() * 20, s.frames().size(), 2);
    Pose p = s.frames().get(10).pose().orElseThrow();
    assertEquals(KeypointLayout.COCO_17, p.layout());
    assertTrue(Double.isNaN(p.keypoints().get(0).z()));
  }

  @Test
  void aMirroredCameraFlipsTheImageButKeepsThePersonsOwnSides() {
    SyntheticStream plain =
        Performance.builder(ExerciseId.CAT_CAMEL, 5)
            .noise(NoiseSettings.NONE)
            .fidget(0)
            .reps(1)
            .build()
            .generate();
    SyntheticStream mirrored =
        Performance.builder(ExerciseId.CAT_CAMEL, 5)
            .noise(NoiseSettings.NONE)
            .fidget(0)
            .reps(1)
            .mirrored(true)
            .build()
            .generate();
    Pose a = plain.frames().get(5).pose().orElseThrow();
    Pose b = mirrored.frames().get(5).pose().orElseThrow();
    assertEquals(a.imageWidth() - a.get(Joint.LEFT_WRIST).x(), b.get(Joint.LEFT_WRIST).x(), 1e-6);
    assertEquals(a.get(Joint.LEFT_WRIST).y(), b.get(Joint.LEFT_WRIST).y(), 1e-6);
  }

  @Test
  void knockedKneesToTheLeftPutTheLeftKneeUnderTheRight() {
    ExerciseMotion m = new ExerciseMotion(ExerciseId.LUMBAR_ROTATION, BodyDimensions.average(1.75));
    Skeleton left = m.pose(1.0, null, Fidget.State.NONE);
    assertTrue(left.get(Joint.LEFT_KNEE).z() < left.get(Joint.RIGHT_KNEE).z());
    // Towards the person's left, which is -y when lying face up.
    Skeleton rest = m.start(Fidget.State.NONE);
    assertTrue(
        left.mid(Joint.LEFT_KNEE, Joint.RIGHT_KNEE).y()
            < rest.mid(Joint.LEFT_KNEE, Joint.RIGHT_KNEE).y());
  }

  @Test
  void aFastCatCamelStreamExpectsTooFastOnEveryRepetition() {
    SyntheticStream s =
        Performance.builder(ExerciseId.CAT_CAMEL, 9).reps(4).fast(true).build().generate();
    long tooFast = s.truth().events().stream().filter(e -> e.issue() == FormIssue.TOO_FAST).count();
    assertEquals(s.truth().total(), tooFast);
  }

  @Test
  void partOfTheBodyOutOfTheImageIsReportedWithVeryLowScores() {
    SyntheticStream s =
        Performance.builder(ExerciseId.LUMBAR_ROTATION, 4)
            .noise(NoiseSettings.NONE)
            .reps(4)
            .outOfFrame(true)
            .build()
            .generate();
    var window =
        s.truth().events().stream()
            .filter(e -> e.issue() == FormIssue.OUT_OF_FRAME)
            .findFirst()
            .orElseThrow();
    Optional<Pose> inside =
        s.frames().stream()
            .filter(f -> f.timestampNanos() / 1e9 > window.fromSeconds() + 0.5)
            .findFirst()
            .orElseThrow()
            .pose();
    assertTrue(inside.orElseThrow().get(Joint.LEFT_KNEE).score() < 0.1);
  }

  @Test
  void aCameraFromTheWrongEndExpectsAWrongViewCueAndNoRepetitions() {
    SyntheticStream s =
        Performance.builder(ExerciseId.CAT_CAMEL, 4)
            .camera(
                new CameraSetup(CameraSetup.Placement.FEET, 0.4, 1.2, 60, 640, 480, false, 0, 0))
            .reps(3)
            .build()
            .generate();
    assertEquals(0, s.truth().total());
    assertEquals(
        List.of(FormIssue.WRONG_VIEW),
        s.truth().events().stream().map(ExpectedEvent::issue).toList());
  }

  @Test
  void nodsAreNotCountedAndExpectOneHeadOnlyCuePerRun() {
    SyntheticStream s =
        Performance.builder(ExerciseId.CAT_CAMEL, 21).reps(3).nodReps(3).build().generate();
    assertEquals(3, s.truth().total());
    List<ExpectedEvent> headOnly =
        s.truth().events().stream().filter(e -> e.issue() == FormIssue.HEAD_ONLY).toList();
    assertEquals(1, headOnly.size());
    // The run lasts three cycles of 4-8 s, and no counted repetition lies inside it.
    ExpectedEvent run = headOnly.get(0);
    double nodsEnd = run.toSeconds() - Performance.EVENT_LATENCY_SECONDS;
    assertTrue(nodsEnd - run.fromSeconds() > 3 * 4, run.toString());
    for (ExpectedRep r : s.truth().reps()) {
      assertTrue(
          r.toSeconds() - Performance.COUNT_LATENCY_SECONDS <= run.fromSeconds()
              || r.fromSeconds() >= nodsEnd - 0.3,
          r + " inside " + run);
    }
  }

  @Test
  void aSetOfNodsAloneCountsNothing() {
    SyntheticStream s =
        Performance.builder(ExerciseId.CAT_CAMEL, 22).reps(0).nodReps(4).build().generate();
    assertEquals(0, s.truth().total());
    assertEquals(
        List.of(FormIssue.HEAD_ONLY),
        s.truth().events().stream().map(ExpectedEvent::issue).toList());
  }

  @Test
  void repetitionsOfTheBackAloneAreCounted() {
    SyntheticStream s =
        Performance.builder(ExerciseId.CAT_CAMEL, 23).reps(4).backOnlyReps(4).build().generate();
    assertEquals(4, s.truth().total());
    assertTrue(s.truth().events().isEmpty());
    assertTrue(s.description().contains("backOnly=4"));
  }

  @Test
  void nodsBelongToCatCamel() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Performance.builder(ExerciseId.PRAYER_STRETCH, 1).nodReps(2).build());
  }

  @Test
  void refusesImpossibleBodies() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Performance.builder(ExerciseId.CAT_CAMEL, 1).height(3.0).build());
  }
}
