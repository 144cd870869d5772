package org.posecoach.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.motion.vocabulary.Side;
import org.posecoach.pose.Keypoint;
import org.posecoach.pose.KeypointLayout;
import org.posecoach.pose.Pose;

/**
 * Noiseless poses of the performer at chosen drive values, for signal and position tests. Cat-camel
 * poses carry the person's mask (its back is read from the outline), as the performer's streams do.
 */
final class CleanRender {

  private final ExerciseMotion motion;
  private final Camera camera;
  private final PoseRenderer renderer;
  private final SilhouetteRenderer silhouette;
  private final CameraSetup setup;
  private final KeypointLayout layout;

  CleanRender(ExerciseId exercise, CameraSetup setup, KeypointLayout layout, double height) {
    this.motion = new ExerciseMotion(exercise, BodyDimensions.average(height));
    this.setup = setup;
    this.layout = layout;
    Skeleton start = motion.start(Fidget.State.NONE);
    List<Skeleton> fit = new ArrayList<>(List.of(start));
    for (Side s : Side.values()) {
      fit.add(pose(exercise, 1.0, s));
    }
    this.camera = Camera.place(setup, motion.frame(), fit);
    this.renderer = new PoseRenderer(camera, layout, motion.frame(), start, new Random(1));
    this.silhouette =
        exercise == ExerciseId.CAT_CAMEL
            ? new SilhouetteRenderer(camera, BodyDimensions.average(height))
            : null;
  }

  private Skeleton pose(ExerciseId exercise, double drive, Side side) {
    return switch (exercise) {
      case LUMBAR_ROTATION -> motion.pose(side.sign() * drive, null, Fidget.State.NONE);
      case CAT_CAMEL -> motion.pose(side == Side.LEFT ? drive : -drive, null, Fidget.State.NONE);
      case KNEES_TO_CHEST, PRAYER_STRETCH -> motion.pose(drive, null, Fidget.State.NONE);
      default -> motion.pose(drive, side, Fidget.State.NONE);
    };
  }

  /**
   * The pose at {@code drive} (0 = start) towards {@code side} (for cat-camel LEFT means camel,
   * RIGHT cat; ignored by one-way exercises).
   */
  Pose at(ExerciseId exercise, double drive, Side side) {
    return render(pose(exercise, drive, side));
  }

  Pose render(Skeleton s) {
    PoseRenderer.Rendered r = renderer.render(s);
    List<Keypoint> kps = new ArrayList<>();
    for (int i = 0; i < layout.size(); i++) {
      // The renderer's scores: the far side of a side view scored lower, as models do.
      kps.add(new Keypoint(layout.joints().get(i), r.x()[i], r.y()[i], r.z()[i], r.score()[i]));
    }
    Pose pose = new Pose(0, setup.width(), setup.height(), layout, kps, 0.9);
    return silhouette == null ? pose : silhouette.render(s).map(pose::withMask).orElse(pose);
  }

  /** The body at {@code drive} with only {@code moves} following it (cat-camel). */
  Skeleton catCamel(double drive, ExerciseMotion.CatCamelMoves moves) {
    return motion.catCamel(drive, moves, Fidget.State.NONE);
  }

  Camera camera() {
    return camera;
  }

  List<Skeleton> wayIn() {
    return motion.wayIn();
  }
}
