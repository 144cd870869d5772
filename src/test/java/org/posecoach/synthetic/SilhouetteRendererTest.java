package org.posecoach.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.posecoach.motion.body.BodyFrame;
import org.posecoach.motion.body.BodyScaleEstimator;
import org.posecoach.motion.signal.BackArchSignal;
import org.posecoach.motion.signal.ExerciseSignal;
import org.posecoach.motion.signal.HeadNeckSignal;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.Side;
import org.posecoach.pose.Joint;
import org.posecoach.pose.KeypointLayout;
import org.posecoach.pose.PersonMask;
import org.posecoach.pose.Pose;
import org.posecoach.synthetic.ExerciseMotion.CatCamelMoves;
import org.posecoach.testing.MaskMaps;

/**
 * The performer's silhouette as the back-arch signal reads it: the back bows up in the cat and dips
 * in the camel by the driven amount, from either side of the mat, low or high, mirrored or not; a
 * nod leaves it still.
 */
class SilhouetteRendererTest {

  private static final ExerciseId CAT_CAMEL = ExerciseId.CAT_CAMEL;

  /**
   * The back arch at full cat and camel, torso lengths, in the signal's sign: the driven bow up,
   * turned over (arched, the camel, is positive).
   */
  private static final double CAT_BOW = -ExerciseMotion.CAT_END.bowTorso();

  private static final double CAMEL_BOW = ExerciseMotion.CAMEL_END.bowTorso();

  private static final ExerciseSignal BACK = new BackArchSignal();
  private static final ExerciseSignal HEAD = new HeadNeckSignal();

  /** Side views as the grid films them: mat turned up to 15 degrees, camera 0.1-0.7 m high. */
  static Stream<CameraSetup> sideViews() {
    List<CameraSetup> out = new ArrayList<>();
    for (boolean left : new boolean[] {true, false}) {
      for (double height : new double[] {0.1, 0.25, 0.4, 0.55, 0.7}) {
        for (double yaw : new double[] {-15, 0, 15}) {
          for (boolean mirrored : new boolean[] {false, true}) {
            out.add(
                Cameras.side(left)
                    .withHeight(height)
                    .withMatYaw(yaw)
                    .withMirrored(mirrored)
                    .setup());
          }
        }
      }
    }
    return out.stream();
  }

  /** Oblique views: the mat turned 30 or 45 degrees either way. */
  static Stream<CameraSetup> obliqueViews() {
    List<CameraSetup> out = new ArrayList<>();
    for (boolean left : new boolean[] {true, false}) {
      for (double height : new double[] {0.1, 0.4, 0.7}) {
        for (double yaw : new double[] {-45, -30, 30, 45}) {
          out.add(Cameras.side(left).withHeight(height).withMatYaw(yaw).setup());
        }
      }
    }
    return out.stream();
  }

  private static double read(ExerciseSignal signal, Pose pose) {
    double px = BodyScaleEstimator.measureTorsoLengthPx(pose).orElseThrow();
    return signal.measure(new BodyFrame(pose, px)).orElseThrow().value();
  }

  private static Pose catCamel(CleanRender r, double drive) {
    return r.at(CAT_CAMEL, Math.abs(drive), drive < 0 ? Side.RIGHT : Side.LEFT);
  }

  @ParameterizedTest(name = "from {0}: the back bows as driven")
  @MethodSource("sideViews")
  void theBackBowsAsDrivenSeenFromTheSide(CameraSetup cam) {
    CleanRender r = new CleanRender(CAT_CAMEL, cam, KeypointLayout.BLAZEPOSE_33, 1.75);
    double rest = read(BACK, catCamel(r, 0));
    assertEquals(0, rest, 0.02, "neutral back");
    for (double drive : new double[] {-1, -0.5, 0.5, 1}) {
      double driven = Math.abs(drive) * (drive < 0 ? CAT_BOW : CAMEL_BOW);
      double measured = read(BACK, catCamel(r, drive));
      assertEquals(
          driven, measured, 0.25 * Math.abs(driven), "drive " + drive + " (rest " + rest + ")");
    }
  }

  /**
   * Seen obliquely the torso line shortens but the bow across it does not, so the signal reads more
   * than the bow in the body's own torso lengths (up to 1 / cos of the angle): the cat is held to
   * the bow as the camera sees it, within a quarter up to 30 degrees off the side and within a half
   * at 45 (from 0.1 m, looking at the hips, the near thigh and shoulder lift the outline's ends by
   * a tenth of a torso already at rest). The camel's dip brings the back below the tops of the near
   * or far shoulder and thigh, which then reach into the outline near its ends: it reads half to
   * 1.7 times the driven dip, the right way.
   */
  @ParameterizedTest(name = "from {0}: the back bows the right way")
  @MethodSource("obliqueViews")
  void theBackBowsTheRightWaySeenObliquely(CameraSetup cam) {
    CleanRender r = new CleanRender(CAT_CAMEL, cam, KeypointLayout.BLAZEPOSE_33, 1.75);
    ExerciseMotion motion = new ExerciseMotion(CAT_CAMEL, BodyDimensions.average(1.75));
    double rest = read(BACK, catCamel(r, 0));
    double cat = read(BACK, catCamel(r, -1)) - rest;
    double seen = -seenBow(r.camera(), motion.pose(-1, null, Fidget.State.NONE), catCamel(r, -1));
    double tolerance = Math.abs(cam.matYawDeg()) > 35 ? 0.5 : 0.25;
    assertEquals(seen, cat, tolerance * Math.abs(seen), "cat, rest " + rest);
    double camel = read(BACK, catCamel(r, 1)) - rest;
    assertTrue(
        camel > 0.4 * CAMEL_BOW && camel < 2 * CAMEL_BOW, "camel " + camel + ", rest " + rest);
  }

  /**
   * The bow as the camera sees it: the spine's middle off the image's hip-shoulder line, in the
   * torso lengths the coach measures.
   */
  private static double seenBow(Camera camera, Skeleton body, Pose pose) {
    Camera.Projection hips = camera.project(body.pelvis());
    Camera.Projection shoulders = camera.project(body.shoulders());
    Camera.Projection middle = camera.project(body.spineMiddle());
    double dx = shoulders.x() - hips.x();
    double dy = shoulders.y() - hips.y();
    double mx = middle.x() - (hips.x() + shoulders.x()) / 2;
    double my = middle.y() - (hips.y() + shoulders.y()) / 2;
    // Signed towards the image's top (y grows downwards).
    double across = Math.abs(mx * dy - my * dx) / Math.hypot(dx, dy) * -Math.signum(my);
    return across / BodyScaleEstimator.measureTorsoLengthPx(pose).orElseThrow();
  }

  @ParameterizedTest(name = "from {0}: a nod leaves the back still")
  @MethodSource("sideViews")
  void aNodLeavesTheBackStillWhileTheHeadSwings(CameraSetup cam) {
    CleanRender r = new CleanRender(CAT_CAMEL, cam, KeypointLayout.BLAZEPOSE_33, 1.75);
    Pose rest = catCamel(r, 0);
    Pose nodDown = r.render(r.catCamel(-1, CatCamelMoves.HEAD));
    Pose nodUp = r.render(r.catCamel(1, CatCamelMoves.HEAD));
    assertEquals(read(BACK, rest), read(BACK, nodDown), 0.02);
    assertEquals(read(BACK, rest), read(BACK, nodUp), 0.02);
    // The head goes through the cat's and the camel's angles all the same.
    double head = read(HEAD, rest);
    assertTrue(read(HEAD, nodDown) - head < -0.6 * HEAD.nominalRange(false));
    assertTrue(read(HEAD, nodUp) - head > 0.6 * HEAD.nominalRange(true));
  }

  @ParameterizedTest(name = "from {0}: the back alone keeps the head still")
  @MethodSource("sideViews")
  void theBackAloneBowsWithTheHeadHeldInLine(CameraSetup cam) {
    CleanRender r = new CleanRender(CAT_CAMEL, cam, KeypointLayout.BLAZEPOSE_33, 1.75);
    Pose rest = catCamel(r, 0);
    Pose cat = r.render(r.catCamel(-1, CatCamelMoves.BACK));
    Pose camel = r.render(r.catCamel(1, CatCamelMoves.BACK));
    assertEquals(CAT_BOW, read(BACK, cat), 0.25 * -CAT_BOW);
    assertEquals(CAMEL_BOW, read(BACK, camel), 0.25 * CAMEL_BOW);
    // Against the textbook 45 / 35 degrees of the head: a few degrees (the torso line tilts).
    double head = read(HEAD, rest);
    assertEquals(head, read(HEAD, cat), 5);
    assertEquals(head, read(HEAD, camel), 5);
  }

  /**
   * In a stream with typical noise, the back-arch signal stays within its noise through a run of
   * nods while the head-neck angle swings through the cat's and the camel's angles.
   */
  @Test
  void throughARunOfNodsTheBackArchStaysWithinItsNoise() {
    SyntheticStream s =
        Performance.builder(CAT_CAMEL, 31).reps(2).nodReps(3).fidget(0).build().generate();
    ExpectedEvent run =
        s.truth().events().stream()
            .filter(e -> e.issue() == org.posecoach.motion.vocabulary.FormIssue.HEAD_ONLY)
            .findFirst()
            .orElseThrow();
    double to = run.toSeconds() - Performance.EVENT_LATENCY_SECONDS;
    List<Double> back = new ArrayList<>();
    double headMin = Double.MAX_VALUE;
    double headMax = -Double.MAX_VALUE;
    for (SyntheticFrame f : s.frames()) {
      double t = f.timestampNanos() / 1e9;
      if (t < run.fromSeconds() || t > to || f.pose().isEmpty()) {
        continue;
      }
      Pose p = f.pose().get();
      double px = BodyScaleEstimator.measureTorsoLengthPx(p).orElseThrow();
      BACK.measure(new BodyFrame(p, px)).ifPresent(v -> back.add(v.value()));
      Optional<Double> head =
          HEAD.measure(new BodyFrame(p, px)).map(org.posecoach.motion.signal.SignalSample::value);
      if (head.isPresent()) {
        headMin = Math.min(headMin, head.get());
        headMax = Math.max(headMax, head.get());
      }
    }
    double[] sorted = back.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double median = sorted[sorted.length / 2];
    long within = back.stream().filter(v -> Math.abs(v - median) < 0.02).count();
    assertTrue(back.size() > 100);
    assertEquals(0, median, 0.02);
    assertTrue(within >= 0.95 * back.size(), within + " of " + back.size());
    assertTrue(headMax - headMin > 60, "head " + headMin + ".." + headMax);
  }

  @Test
  void theMaskCoversTheBodyAndNothingFarFromIt() {
    CameraSetup cam = CameraSetup.side(true);
    CleanRender r = new CleanRender(CAT_CAMEL, cam, KeypointLayout.BLAZEPOSE_33, 1.75);
    Pose pose = catCamel(r, 0);
    PersonMask mask = pose.mask().orElseThrow();
    for (Joint j :
        List.of(
            Joint.LEFT_HIP,
            Joint.LEFT_SHOULDER,
            Joint.LEFT_ELBOW,
            Joint.LEFT_KNEE,
            Joint.LEFT_ANKLE,
            Joint.LEFT_EAR)) {
      assertTrue(
          mask.probabilityAt(pose.get(j).x(), pose.get(j).y()) > 0.9, j + " inside the mask");
    }
    // Between the arms and the thighs, under the belly, there is floor.
    double underBelly =
        mask.probabilityAt(
            (pose.get(Joint.LEFT_HIP).x() + pose.get(Joint.LEFT_WRIST).x()) / 2,
            (pose.get(Joint.LEFT_KNEE).y() + pose.get(Joint.LEFT_HIP).y()) / 2 + 20);
    assertEquals(0, underBelly, 1e-9);
    assertEquals(0, mask.probabilityAt(5, 5), 1e-9);
    // Edges are soft: somewhere between a part and the floor the probability is neither 0 nor 1.
    int soft = 0;
    for (int row = 0; row < MaskMaps.size(mask); row++) {
      for (int col = 0; col < MaskMaps.size(mask); col++) {
        double p = MaskMaps.cell(mask, col, row);
        soft += p > 0.1 && p < 0.9 ? 1 : 0;
      }
    }
    assertTrue(soft > 100, "soft edge cells: " + soft);
  }

  @Test
  void catCamelStreamsCarryMasksThatTheSameSeedRepeats() {
    SyntheticStream a = Performance.builder(CAT_CAMEL, 11).reps(2).build().generate();
    SyntheticStream b = Performance.builder(CAT_CAMEL, 11).reps(2).build().generate();
    assertEquals(a.frames().size(), b.frames().size());
    int masks = 0;
    for (int i = 0; i < a.frames().size(); i++) {
      Optional<Pose> pa = a.frames().get(i).pose();
      Optional<Pose> pb = b.frames().get(i).pose();
      assertEquals(pa.isPresent(), pb.isPresent());
      if (pa.isEmpty()) {
        continue;
      }
      assertTrue(pa.get().mask().isPresent(), "a mask with every pose");
      masks++;
      if (i % 23 == 0) {
        assertSameMask(pa.get().mask().get(), pb.get().mask().get());
      }
    }
    assertTrue(masks > 100);
  }

  private static void assertSameMask(PersonMask a, PersonMask b) {
    assertEquals(a, b, "the same grid, probabilities and map from the image");
  }

  @Test
  void otherExercisesCarryMasksOnlyWhenAskedFor() {
    Pose plain =
        Performance.builder(ExerciseId.PRAYER_STRETCH, 2)
            .reps(1)
            .build()
            .generate()
            .frames()
            .get(40)
            .pose()
            .orElseThrow();
    assertTrue(plain.mask().isEmpty());
    Pose asked =
        Performance.builder(ExerciseId.PRAYER_STRETCH, 2)
            .reps(1)
            .masks(true)
            .build()
            .generate()
            .frames()
            .get(40)
            .pose()
            .orElseThrow();
    assertTrue(asked.mask().isPresent());
  }

  @Test
  void aMirroredStreamsMaskIsThePlainOneFlipped() {
    Performance.Builder plain =
        Performance.builder(CAT_CAMEL, 5).noise(NoiseSettings.NONE).fidget(0).reps(1);
    Performance.Builder mirrored =
        Performance.builder(CAT_CAMEL, 5)
            .noise(NoiseSettings.NONE)
            .fidget(0)
            .reps(1)
            .mirrored(true);
    Pose a = plain.build().generate().frames().get(60).pose().orElseThrow();
    Pose b = mirrored.build().generate().frames().get(60).pose().orElseThrow();
    PersonMask ma = a.mask().orElseThrow();
    PersonMask mb = b.mask().orElseThrow();
    int w = a.imageWidth();
    for (double y = 0; y < a.imageHeight(); y += 7.3) {
      for (double x = 0; x < w; x += 7.3) {
        assertEquals(ma.probabilityAt(x, y), mb.probabilityAt(w - x, y), 0.02, x + "," + y);
      }
    }
  }

  @Test
  void whileTheHipsAreOutOfTheImageTheMaskHasNoHips() {
    SyntheticStream s =
        Performance.builder(CAT_CAMEL, 4)
            .noise(NoiseSettings.NONE)
            .reps(4)
            .outOfFrame(true)
            .build()
            .generate();
    ExpectedEvent out =
        s.truth().events().stream()
            .filter(e -> e.issue() == org.posecoach.motion.vocabulary.FormIssue.OUT_OF_FRAME)
            .findFirst()
            .orElseThrow();
    Pose during =
        s.frames().stream()
            .filter(f -> f.timestampNanos() / 1e9 > out.fromSeconds() + 0.5)
            .findFirst()
            .orElseThrow()
            .pose()
            .orElseThrow();
    Pose before = s.frames().get(30).pose().orElseThrow();
    assertTrue(probabilityAtHips(before) > 0.9);
    assertEquals(0, probabilityAtHips(during), 0.05);
  }

  /** Probability at the middle of the hips (where the back is read from on that side). */
  private static double probabilityAtHips(Pose p) {
    double x = (p.get(Joint.LEFT_HIP).x() + p.get(Joint.RIGHT_HIP).x()) / 2;
    double y = (p.get(Joint.LEFT_HIP).y() + p.get(Joint.RIGHT_HIP).y()) / 2;
    return p.mask().orElseThrow().probabilityAt(x, y);
  }

  /** Probability at the middle of the head (between the ears, a little towards the nose). */
  private static double probabilityAtHead(Pose p) {
    double x = (p.get(Joint.LEFT_EAR).x() + p.get(Joint.RIGHT_EAR).x() + p.get(Joint.NOSE).x()) / 3;
    double y = (p.get(Joint.LEFT_EAR).y() + p.get(Joint.RIGHT_EAR).y() + p.get(Joint.NOSE).y()) / 3;
    return p.mask().orElseThrow().probabilityAt(x, y);
  }

  /**
   * For looking at: target/silhouette/cat_camel.png shows the neutral back, the cat, the camel and
   * a nod with their masks (blue), keypoints and the hip-shoulder line.
   */
  @Test
  void writesAPictureOfTheCatAndTheCamel() throws Exception {
    CleanRender r =
        new CleanRender(
            CAT_CAMEL,
            Cameras.side(false).withHeight(0.3).setup(),
            KeypointLayout.BLAZEPOSE_33,
            1.75);
    Path file = Path.of("target", "silhouette", "cat_camel.png");
    MaskPicture.write(
        file,
        List.of(
            new MaskPicture.Panel(caption("neutral", catCamel(r, 0)), catCamel(r, 0)),
            new MaskPicture.Panel(caption("cat", catCamel(r, -1)), catCamel(r, -1)),
            new MaskPicture.Panel(caption("camel", catCamel(r, 1)), catCamel(r, 1)),
            new MaskPicture.Panel(
                caption("nod (head only, down)", r.render(r.catCamel(-1, CatCamelMoves.HEAD))),
                r.render(r.catCamel(-1, CatCamelMoves.HEAD)))));
    assertTrue(Files.size(file) > 1000);
  }

  private static String caption(String what, Pose p) {
    return String.format(
        "%s: back arch %+.3f, head-neck %+.0f deg", what, read(BACK, p), read(HEAD, p));
  }
}
