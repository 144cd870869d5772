package org.posecoach.motion.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.posecoach.motion.body.BodyFrame;
import org.posecoach.motion.form.FramingCheck.Problem;
import org.posecoach.pose.Joint;
import org.posecoach.pose.Keypoint;
import org.posecoach.pose.KeypointLayout;
import org.posecoach.pose.Pose;

class FramingCheckTest {

  /** The times (frame numbers at 30 fps) the check speaks, for one problem per frame. */
  private static List<Integer> said(int frames, IntFunction<Problem> problem) {
    FramingCheck check = new FramingCheck();
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < frames; i++) {
      Optional<Problem> p = check.update(i / 30.0, problem.apply(i));
      if (p.isPresent()) {
        at.add(i);
      }
    }
    return at;
  }

  @Test
  void aCameraThatCannotSeeIsToldWithinThreeSecondsOnce() {
    List<Integer> at = said(300, i -> Problem.HIDDEN);
    assertEquals(1, at.size(), at.toString());
    assertTrue(at.get(0) <= 90, "told at frame " + at.get(0));
  }

  @Test
  void dropoutsOfASecondAreNotACameraProblem() {
    // One second unseen in every three: normal tracking dropouts while moving.
    assertEquals(List.of(), said(600, i -> i % 90 < 30 ? Problem.CUT_OFF : Problem.NONE));
  }

  @Test
  void aProblemThatWentAwayIsNewsAgainWhenItReturns() {
    // Three seconds hidden, four seen, three hidden again.
    List<Integer> at =
        said(300, i -> i < 90 || (i >= 210 && i < 300) ? Problem.HIDDEN : Problem.NONE);
    assertEquals(2, at.size(), at.toString());
  }

  @Test
  void jointsPastThePicturesEdgeAreCutOffAndJointsInsideItUnseenAreHidden() {
    List<Set<Joint>> needs =
        List.of(
            Set.of(Joint.LEFT_SHOULDER, Joint.RIGHT_SHOULDER),
            Set.of(Joint.LEFT_HIP, Joint.RIGHT_HIP));
    assertEquals(Problem.NONE, FramingCheck.classify(body(300, 0.9), needs).problem());
    FramingCheck.Framing cut = FramingCheck.classify(body(700, 0.9), needs);
    assertEquals(Problem.CUT_OFF, cut.problem());
    assertEquals(Set.of(Joint.LEFT_HIP), cut.missing());
    assertEquals(Problem.HIDDEN, FramingCheck.classify(body(300, 0.1), needs).problem());
  }

  /** A 640x480 pose: shoulders in view, hips at x = {@code hipX} scored {@code hipScore}. */
  private static BodyFrame body(double hipX, double hipScore) {
    List<Keypoint> points = new ArrayList<>();
    for (Joint j : KeypointLayout.COCO_17.joints()) {
      boolean hip = j == Joint.LEFT_HIP || j == Joint.RIGHT_HIP;
      points.add(Keypoint.of(j, hip ? hipX : 200, hip ? 240 : 200, hip ? hipScore : 0.9));
    }
    return new BodyFrame(new Pose(0, 640, 480, KeypointLayout.COCO_17, points, 0.9), 100);
  }
}
