package org.posecoach.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.posecoach.motion.body.BodyFrame;
import org.posecoach.motion.body.BodyScaleEstimator;
import org.posecoach.motion.signal.ExerciseSignal;
import org.posecoach.motion.signal.ExerciseSignals;
import org.posecoach.motion.signal.SideCues;
import org.posecoach.motion.signal.SignalSample;
import org.posecoach.motion.signal.SignalShape;
import org.posecoach.motion.vocabulary.CameraView;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.Side;
import org.posecoach.pose.Keypoint;
import org.posecoach.pose.KeypointLayout;
import org.posecoach.pose.PersonMask;
import org.posecoach.pose.Pose;
import org.posecoach.testing.MaskMaps;

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
              Cameras.side(true).withHeight(0.15).withDistance(2.0).setup(),
              Cameras.side(false).withHeight(0.7).withMatYaw(12).setup(),
              // Low, and off-centre: the knees past the image centre, or far from it.
              Cameras.side(true).withHeight(0.1).withShift(-0.6).setup(),
              Cameras.side(false).withHeight(0.1).withShift(0.3).setup(),
              Cameras.feet().setup(),
              Cameras.feet().withHeight(0.7).withMatYaw(-10).setup())) {
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
          SideCues restCues = sample(signal, r.at(ex, 0, side)).sideCues().orElseThrow();
          double vote = signal.sideVote(s.sideCues().orElseThrow(), restCues);
          assertEquals(side.sign(), Math.signum(vote), ex + " vote " + side + ": " + vote);
          // Perspective alone (a model without depth) tells it too.
          SideCues flatRest =
              sample(signal, withoutDepth(r.at(ex, 0, side))).sideCues().orElseThrow();
          SideCues flat = sample(signal, withoutDepth(r.at(ex, d, side))).sideCues().orElseThrow();
          double flatVote = signal.sideVote(flat, flatRest);
          assertEquals(
              side.sign(), Math.signum(flatVote), ex + " 2D vote " + side + ": " + flatVote);
        }
      }
      double full = last / signal.nominalRange(side == Side.LEFT);
      if (signal.shape() != SignalShape.ONE_WAY || side == Side.LEFT) {
        assertTrue(
            full > 0.5 && full < 2.0, ex + " " + side + " full range " + full + " of nominal");
      }
    }
  }

  static Stream<CameraSetup> lumbarSideCameras() {
    List<CameraSetup> out = new ArrayList<>();
    for (boolean left : new boolean[] {true, false}) {
      for (double height : new double[] {0.1, 0.4, 0.7}) {
        // Not moved: the knees lie towards the feet from the image centre; moved 0.6 m towards
        // the feet, they lie past it on the head's side.
        for (double shift : new double[] {0, -0.6}) {
          for (boolean mirrored : new boolean[] {false, true}) {
            out.add(
                Cameras.side(left)
                    .withHeight(height)
                    .withShift(shift)
                    .withMirrored(mirrored)
                    .setup());
          }
        }
      }
    }
    return out.stream();
  }

  /**
   * The performer's camera has perspective: rocked towards the camera, the near knee moves away
   * from the image centre (as on the rendered clip, where it went 224 to 217 px with the centre at
   * 320), rocked away it moves towards the centre, whichever side of the centre the knees lie.
   */
  @ParameterizedTest(name = "lumbar rotation from {0}: a knee coming nearer moves outwards")
  @MethodSource("lumbarSideCameras")
  void kneesComingNearerMoveAwayFromTheImageCentre(CameraSetup cam) {
    ExerciseId ex = ExerciseId.LUMBAR_ROTATION;
    CleanRender r = new CleanRender(ex, cam, KeypointLayout.BLAZEPOSE_33, 1.75);
    boolean leftNear = cam.placement() == CameraSetup.Placement.SIDE_LEFT;
    Side towardsCamera = leftNear ? Side.LEFT : Side.RIGHT;
    org.posecoach.pose.Joint knee =
        leftNear ? org.posecoach.pose.Joint.LEFT_KNEE : org.posecoach.pose.Joint.RIGHT_KNEE;
    double cx = cam.width() / 2.0;
    double rest = Math.abs(r.at(ex, 0, towardsCamera).get(knee).x() - cx);
    double nearer = Math.abs(r.at(ex, 1, towardsCamera).get(knee).x() - cx);
    double further = Math.abs(r.at(ex, 1, towardsCamera.opposite()).get(knee).x() - cx);
    assertTrue(rest > 10, "knees " + rest + " px from the centre: pick a clearer framing");
    assertTrue(nearer > rest + 1, "coming nearer: " + rest + " -> " + nearer + " px");
    assertTrue(further < rest - 1, "going away: " + rest + " -> " + further + " px");
  }

  @ParameterizedTest(name = "{0} from {1} in {2}: same value moved, resized or mirrored")
  @MethodSource("views")
  void ignoresPlaceSizeAndMirroring(ExerciseId ex, CameraSetup cam, KeypointLayout layout) {
    CleanRender r = new CleanRender(ex, cam, layout, 1.75);
    ExerciseSignal signal = ExerciseSignals.forExercise(ex, view(cam));
    Pose pose = r.at(ex, 0.7, Side.LEFT);
    Pose rest = r.at(ex, 0, Side.LEFT);
    SignalSample base = sample(signal, pose);
    double baseVote =
        base.sideCues().isPresent() ? vote(signal, base, sample(signal, rest)) : Double.NaN;
    for (boolean mirror : new boolean[] {false, true}) {
      for (double[] change : new double[][] {{1, 37, -21}, {0.6, 0, 0}, {1, 0, 0}}) {
        SignalSample s = sample(signal, transform(pose, change[0], change[1], change[2], mirror));
        // A signal read from the mask samples it on a grid: the same to a few thousandths.
        double tolerance = signal.needsMask() ? 0.005 : 1e-6 * Math.max(1, Math.abs(base.value()));
        assertEquals(base.value(), s.value(), tolerance);
        if (base.sideCues().isPresent()) {
          // The side vote reads perspective, which depends on where the knees are in the image:
          // moved or resized it keeps its sign; mirrored alone it is the same.
          double v =
              vote(
                  signal,
                  s,
                  sample(signal, transform(rest, change[0], change[1], change[2], mirror)));
          assertEquals(Math.signum(baseVote), Math.signum(v), ex + " vote moved/mirrored");
          if (change[0] == 1 && change[1] == 0) {
            assertEquals(baseVote, v, 1e-9);
          }
        }
      }
    }
  }

  private static Pose withoutDepth(Pose p) {
    List<Keypoint> out = new ArrayList<>();
    for (Keypoint k : p.keypoints()) {
      out.add(Keypoint.of(k.joint(), k.x(), k.y(), k.score()));
    }
    return new Pose(0, p.imageWidth(), p.imageHeight(), p.layout(), out, p.score());
  }

  private static double vote(ExerciseSignal signal, SignalSample now, SignalSample rest) {
    return signal.sideVote(now.sideCues().orElseThrow(), rest.sideCues().orElseThrow());
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
    Pose moved = new Pose(0, p.imageWidth(), p.imageHeight(), p.layout(), out, p.score());
    return p.mask().map(m -> moved.withMask(transform(m, p, scale, dx, dy, mirror))).orElse(moved);
  }

  /** The mask moved with its pose: the grid kept, its map from the image composed with the move. */
  private static PersonMask transform(
      PersonMask mask, Pose p, double scale, double dx, double dy, boolean mirror) {
    double cx = p.imageWidth() / 2.0;
    double cy = p.imageHeight() / 2.0;
    // The old image point from the new one: x = ax * x' + bx, y = ay * y' + by.
    double ax = (mirror ? -1 : 1) / scale;
    double bx = cx + ((mirror ? p.imageWidth() : 0) - dx - cx) / scale;
    double ay = 1 / scale;
    double by = cy - (cy + dy) / scale;
    double[] m = MaskMaps.imageToGrid(mask);
    double[] moved = {
      m[0] * ax, m[1] * ay, m[0] * bx + m[1] * by + m[2],
      m[3] * ax, m[4] * ay, m[3] * bx + m[4] * by + m[5]
    };
    int n = MaskMaps.size(mask);
    float[] cells = new float[n * n];
    for (int row = 0; row < n; row++) {
      for (int col = 0; col < n; col++) {
        cells[row * n + col] = (float) MaskMaps.cell(mask, col, row);
      }
    }
    return PersonMask.of(n, cells, moved);
  }
}
