package org.posecoach.motion;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.Side;
import org.posecoach.pose.KeypointLayout;
import org.posecoach.synthetic.CameraSetup;
import org.posecoach.synthetic.CameraSetup.Placement;
import org.posecoach.synthetic.Cameras;
import org.posecoach.synthetic.NoiseSettings;
import org.posecoach.synthetic.Performance;

/**
 * The grid of synthetic streams the counting and form checks are held to: every exercise, from
 * every supported camera placement, in both keypoint layouts, under each scenario, with body size,
 * camera height, distance, field of view, frame rate, image size, mirroring, mat angle, range of
 * motion and tempo drawn from realistic ranges by a fixed seed.
 */
final class SyntheticGrid {

  /** A struggling model: dim light, loose clothes, low resolution. */
  private static final NoiseSettings HEAVY_NOISE = new NoiseSettings(0.02, 12, 4, 8);

  /** One stream of the grid: a readable name and how to make it. */
  record Case(String name, Performance performance) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** What the performer does in a stream. */
  enum Scenario {
    PLAIN,
    TEMPO_CHANGE_AND_PAUSES,
    FAST,
    PARTIAL_AND_JERKY,
    GET_IN_AND_OUT,
    NOISY_RESTLESS_MIRRORED,
    SPECIAL,
    INTERRUPTED
  }

  /** Streams in which nothing may be counted. */
  enum Quiet {
    IDLE,
    RESTLESS,
    GET_IN_AND_OUT_ONLY
  }

  private SyntheticGrid() {}

  static List<Case> cases() {
    List<Case> out = new ArrayList<>();
    long seed = 1000;
    for (ExerciseId ex : ExerciseId.values()) {
      for (Placement placement : placements(ex)) {
        for (KeypointLayout layout : KeypointLayout.values()) {
          for (Scenario sc : Scenario.values()) {
            seed++;
            Performance.Builder b = base(ex, placement, layout, seed);
            scenario(b, ex, sc);
            out.add(
                new Case(
                    ex.id() + " " + placement + " " + layout + " " + sc + " #" + seed, b.build()));
          }
        }
        for (Quiet q : Quiet.values()) {
          seed++;
          KeypointLayout layout =
              seed % 2 == 0 ? KeypointLayout.COCO_17 : KeypointLayout.BLAZEPOSE_33;
          Performance.Builder b = base(ex, placement, layout, seed);
          switch (q) {
            case IDLE -> b.idle(20).fidget(1);
            case RESTLESS -> b.idle(20).fidget(2).noise(HEAVY_NOISE);
            case GET_IN_AND_OUT_ONLY -> b.idle(4).getIn(true).getOut(true);
          }
          out.add(
              new Case(
                  ex.id() + " " + placement + " " + layout + " quiet " + q + " #" + seed,
                  b.build()));
        }
      }
      List<Placement> wrong = new ArrayList<>(List.of(Placement.HEAD));
      if (!ex.isSupine()) {
        wrong.add(Placement.FEET);
      }
      for (Placement placement : wrong) {
        seed++;
        Performance.Builder b = base(ex, placement, KeypointLayout.BLAZEPOSE_33, seed).reps(3);
        out.add(new Case(ex.id() + " " + placement + " wrong view #" + seed, b.build()));
      }
    }
    out.addAll(offCentreLowCameras(seed));
    out.addAll(headAndBackAlone(seed + 100));
    return out;
  }

  /**
   * Cat-camel read from the back: nodding (the head through its cat and camel angles, the back
   * still) counts nothing and is named; the back rounding and dipping with the head held still
   * counts. From either side, both layouts.
   */
  private static List<Case> headAndBackAlone(long seed) {
    List<Case> out = new ArrayList<>();
    ExerciseId ex = ExerciseId.CAT_CAMEL;
    for (Placement placement : List.of(Placement.SIDE_LEFT, Placement.SIDE_RIGHT)) {
      for (KeypointLayout layout : KeypointLayout.values()) {
        seed++;
        out.add(
            new Case(
                String.format("%s %s %s quiet NODS #%d", ex.id(), placement, layout, seed),
                base(ex, placement, layout, seed).reps(0).nodReps(4).build()));
        seed++;
        Performance.Builder back = base(ex, placement, layout, seed);
        out.add(
            new Case(
                String.format("%s %s %s BACK_ONLY #%d", ex.id(), placement, layout, seed),
                back.backOnlyReps(10).build()));
      }
    }
    return out;
  }

  /**
   * Lumbar rotation from the side with the camera low (8-20 cm, below the raised knees) on either
   * side of the mat, moved along the mat so that the person lies off-centre: the knees 0.2-0.45 m
   * to the feet side of the image centre, or past it on the head side. The side of each drop is
   * read from perspective (and BlazePose's weak depth), whose sign flips across the image centre.
   */
  private static List<Case> offCentreLowCameras(long seed) {
    List<Case> out = new ArrayList<>();
    ExerciseId ex = ExerciseId.LUMBAR_ROTATION;
    for (Placement placement : List.of(Placement.SIDE_LEFT, Placement.SIDE_RIGHT)) {
      for (boolean kneesPastCentre : new boolean[] {false, true}) {
        for (KeypointLayout layout : KeypointLayout.values()) {
          for (Scenario sc : List.of(Scenario.PLAIN, Scenario.NOISY_RESTLESS_MIRRORED)) {
            seed++;
            Random r = new Random(seed * 6007);
            // The knees lie about 0.28 m (thighs raised 50 degrees) towards the feet from the
            // point the camera looks at when it is not moved.
            double shift = kneesPastCentre ? -0.5 - 0.2 * r.nextDouble() : 0.1 * r.nextDouble();
            Performance.Builder b = base(ex, placement, layout, seed);
            CameraSetup cam =
                Cameras.of(b.cameraSetup())
                    .withHeight(0.08 + 0.12 * r.nextDouble())
                    .withShift(shift)
                    .setup();
            b.camera(cam);
            scenario(b, ex, sc);
            out.add(
                new Case(
                    String.format(
                        "%s %s %s %s low off-centre %.2fm #%d",
                        ex.id(), placement, layout, sc, shift, seed),
                    b.build()));
          }
        }
      }
    }
    return out;
  }

  private static List<Placement> placements(ExerciseId ex) {
    return ex.isSupine()
        ? List.of(Placement.SIDE_LEFT, Placement.SIDE_RIGHT, Placement.FEET)
        : List.of(Placement.SIDE_LEFT, Placement.SIDE_RIGHT);
  }

  private static Performance.Builder base(
      ExerciseId ex, Placement placement, KeypointLayout layout, long seed) {
    Random r = new Random(seed * 7919);
    boolean side = placement == Placement.SIDE_LEFT || placement == Placement.SIDE_RIGHT;
    double height = side ? 0.1 + 0.5 * r.nextDouble() : 0.25 + 0.45 * r.nextDouble();
    double distance = side ? 1.8 + 1.7 * r.nextDouble() : 0.8 + 1.2 * r.nextDouble();
    boolean hd = r.nextBoolean();
    CameraSetup cam =
        new CameraSetup(
            placement,
            height,
            distance,
            50 + 25 * r.nextDouble(),
            hd ? 1280 : 640,
            hd ? 720 : 480,
            r.nextDouble() < 0.3,
            -15 + 30 * r.nextDouble(),
            0);
    double[] fps = {15, 20, 24, 30};
    return Performance.builder(ex, seed)
        .layout(layout)
        .camera(cam)
        .height(1.5 + 0.45 * r.nextDouble())
        .fps(fps[r.nextInt(fps.length)])
        .rangeOfMotion(0.85 + 0.35 * r.nextDouble())
        .tempo(0.85 + 0.4 * r.nextDouble())
        .reps(ex == ExerciseId.GLUTE_STRETCH ? 1 : 4 + r.nextInt(3))
        .catFirst(r.nextBoolean());
  }

  private static void scenario(Performance.Builder b, ExerciseId ex, Scenario sc) {
    switch (sc) {
      case PLAIN -> {}
      case TEMPO_CHANGE_AND_PAUSES -> b.tempo(1.2).tempoChange(0.75).pauses(4);
      case FAST -> {
        if (ex == ExerciseId.GLUTE_STRETCH) {
          b.shortHold(true);
        } else {
          b.fast(true);
        }
      }
      case PARTIAL_AND_JERKY -> {
        if (ex != ExerciseId.GLUTE_STRETCH) {
          b.partialReps(2).reps(5);
        }
        b.jerkyReps(1);
      }
      case GET_IN_AND_OUT -> b.getIn(true).getOut(true);
      case NOISY_RESTLESS_MIRRORED -> b.noise(HEAVY_NOISE).fidget(2).mirrored(true);
      case SPECIAL -> {
        switch (ex) {
          case KNEES_TO_CHEST -> b.noHoldReps(2);
          // The strong side moves well (1.15 of the textbook range) so that the weak one, at 55 %
          // of it, is still above the routine's minimum: lopsided, not too small.
          case GLUTE_STRETCH -> b.asymmetry(Side.RIGHT, 0.55).rangeOfMotion(1.15).reps(1);
          case LUMBAR_ROTATION, THREAD_THE_NEEDLE ->
              b.asymmetry(Side.LEFT, 0.55).rangeOfMotion(1.15);
          default -> b.tempo(1.3).pauses(2).rangeOfMotion(1.2);
        }
      }
      case INTERRUPTED -> b.leaveMidway(true).outOfFrame(true).reps(6);
    }
  }
}
