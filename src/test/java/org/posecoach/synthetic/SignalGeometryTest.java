package org.posecoach.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.posecoach.motion.CameraView;
import org.posecoach.motion.ExerciseId;
import org.posecoach.motion.Side;
import org.posecoach.motion.body.BodyFrame;
import org.posecoach.motion.body.BodyScaleEstimator;
import org.posecoach.motion.signal.ExerciseSignal;
import org.posecoach.motion.signal.ExerciseSignals;
import org.posecoach.motion.signal.SignalSample;
import org.posecoach.motion.signal.SignalShape;
import org.posecoach.pose.Keypoint;
import org.posecoach.pose.KeypointLayout;
import org.posecoach.pose.Pose;

/**
 * Each signal, read off exact renderings of the synthetic body: it moves the right way for the
 * right side, grows steadily with the movement, and ignores where the body is in the image, how big
 * it is and whether the image is mirrored.
 */
class SignalGeometryTest {

  static Stream<Arguments> views() {
    List<Arguments> out = new ArrayList<>();
    for (ExerciseId ex : ExerciseId.values()) {
      for (CameraSetup cam :
          List.of(
              CameraSetup.side(true),
              CameraSetup.side(false),
              CameraSetup.side(true).withHeight(0.15).withDistance(2.0),
              CameraSetup.side(false).withHeight(0.7).withMatYaw(12),
              CameraSetup.feet(),
              CameraSetup.feet().withHeight(0.7).withMatYaw(-10))) {
        if (cam.placement() == CameraSetup.Placement.FEET && !ex.isSupine()) {
          continue;
        }
        for (KeypointLayout layout : KeypointLayout.values()) {
          out.add(Arguments.of(ex, cam, layout));
        }
      }
    }
    return out.stream();
  }

  private static double value(ExerciseSignal signal, Pose pose) {
    double px = BodyScaleEstimator.measureTorsoLengthPx(pose).orElseThrow();
    return signal.measure(new BodyFrame(pose, px)).orElseThrow().value();
  }

  private static SignalSample sample(ExerciseSignal signal, Pose pose) {
    double px = BodyScaleEstimator.measureTorsoLengthPx(pose).orElseThrow();
    return signal.measure(new BodyFrame(pose, px)).orElseThrow();
  }

  private static CameraView view(CameraSetup cam) {
    return cam.placement() == CameraSetup.Placement.FEET ? CameraView.FEET : CameraView.SIDE;
  }

  @ParameterizedTest(name = "{0} from {1} in {2}: moves steadily the right way for each side")
  @MethodSource("views")
  void movesSteadilyTheRightWayForEachSide(ExerciseId ex, CameraSetup cam, KeypointLayout layout) {
    CleanRender r = new CleanRender(ex, cam, layout, 1.75);
    ExerciseSignal signal = ExerciseSignals.forExercise(ex, view(cam));
    double rest = value(signal, r.at(ex, 0, Side.LEFT));
    for (Side side : Side.values()) {
      double last = 0;
      // From half the movement on (a camera high above the side view barely sees the first
      // quarter of a knee drop away from it: the knees move down and away, which cancel).
      for (double d = 0.5; d <= 1.0001; d += 0.25) {
        SignalSample s = sample(signal, r.at(ex, d, side));
        double e = s.value() - rest;
        double expectedSign =
            switch (signal.shape()) {
              case ONE_WAY, VOTED_SIDES -> 1;
              case SIGNED_SIDES, TWO_ENDS -> side.sign();
            };
        double magnitude = e * expectedSign;
        assertTrue(magnitude > last, ex + " " + side + " at " + d + ": " + e + " after " + last);
        last = magnitude;
        if (signal.shape() == SignalShape.VOTED_SIDES && d >= 0.5) {
          double restVote = sample(signal, r.at(ex, 0, side)).sideVote();
          assertEquals(side.sign(), Math.signum(s.sideVote() - restVote), ex + " vote " + side);
        }
      }
      double full = last / signal.nominalRange(side == Side.LEFT);
      if (signal.shape() != SignalShape.ONE_WAY || side == Side.LEFT) {
        assertTrue(
            full > 0.5 && full < 2.0, ex + " " + side + " full range " + full + " of nominal");
      }
    }
  }

  @ParameterizedTest(name = "{0} from {1} in {2}: same value moved, resized or mirrored")
  @MethodSource("views")
  void ignoresPlaceSizeAndMirroring(ExerciseId ex, CameraSetup cam, KeypointLayout layout) {
    CleanRender r = new CleanRender(ex, cam, layout, 1.75);
    ExerciseSignal signal = ExerciseSignals.forExercise(ex, view(cam));
    Pose pose = r.at(ex, 0.7, Side.LEFT);
    SignalSample base = sample(signal, pose);
    for (Pose changed :
        List.of(
            transform(pose, 1, 37, -21, false),
            transform(pose, 0.6, 0, 0, false),
            transform(pose, 1, 0, 0, true))) {
      SignalSample s = sample(signal, changed);
      assertEquals(base.value(), s.value(), 1e-6 * Math.max(1, Math.abs(base.value())));
      if (base.hasSideVote()) {
        assertEquals(base.sideVote(), s.sideVote(), 1e-6);
      }
    }
  }

  /** The pose scaled about the image centre, shifted, and optionally mirrored (labels kept). */
  private static Pose transform(Pose p, double scale, double dx, double dy, boolean mirror) {
    double cx = p.imageWidth() / 2.0;
    double cy = p.imageHeight() / 2.0;
    List<Keypoint> out = new ArrayList<>();
    for (Keypoint k : p.keypoints()) {
      double x = cx + scale * (k.x() - cx) + dx;
      double y = cy + scale * (k.y() - cy) + dy;
      if (mirror) {
        x = p.imageWidth() - x;
      }
      out.add(new Keypoint(k.joint(), x, y, k.z() * scale, k.score()));
    }
    return new Pose(0, p.imageWidth(), p.imageHeight(), p.layout(), out, p.score());
  }
}
