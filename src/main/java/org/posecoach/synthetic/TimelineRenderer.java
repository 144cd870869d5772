package org.posecoach.synthetic;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.pose.Joint;
import org.posecoach.pose.KeypointLayout;
import org.posecoach.pose.PersonMask;
import org.posecoach.pose.Pose;

/** Films a performer's timeline: one frame per camera tick, as a pose model would report it. */
final class TimelineRenderer {

  /** What filming needs besides the timeline: the performance's seed, camera and model. */
  record Filming(
      ExerciseId exercise,
      long seed,
      KeypointLayout layout,
      CameraSetup camera,
      double fps,
      NoiseSettings noise) {}

  private TimelineRenderer() {}

  /**
   * The frames: each moment's body rendered, spoiled by the model's noise, with its mask when
   * {@code silhouette} is given.
   */
  static List<SyntheticFrame> render(
      Timeline timeline,
      PoseRenderer renderer,
      SilhouetteRenderer silhouette,
      Random rnd,
      Filming s) {
    KeypointNoise noise =
        new KeypointNoise(s.noise(), s.layout(), rnd, new Random(s.seed() * 7907 + 101), s.fps());
    // The mask's noise has its own random numbers: masks leave the keypoints as they were.
    SilhouetteRenderer.EdgeNoise edgeNoise =
        new SilhouetteRenderer.EdgeNoise(
            s.noise().jitter(), s.fps(), new Random(s.seed() * 6151 + 211));
    boolean[] far = new boolean[s.layout().size()];
    for (int i = 0; i < far.length; i++) {
      Joint j = s.layout().joints().get(i);
      far[i] =
          !renderer.endOn()
              && ((j.isLeft() && !renderer.leftIsNear()) || (j.isRight() && renderer.leftIsNear()));
    }
    Set<Joint> cut = cutJoints(s.exercise());
    List<SyntheticFrame> frames = new ArrayList<>();
    int count = (int) Math.floor(timeline.end() * s.fps());
    for (int k = 0; k < count; k++) {
      double t = k / s.fps() + 0.0015 * (2 * rnd.nextDouble() - 1);
      t = Math.max(t, 0);
      long nanos = Math.round(t * 1e9);
      Timeline.Span span = timeline.at(t);
      Skeleton body = span.pose().apply(t);
      PoseRenderer.Rendered r = renderer.render(body);
      if (span.cutJoints()) {
        for (int i = 0; i < far.length; i++) {
          if (cut.contains(s.layout().joints().get(i))) {
            r.score()[i] = 0.02;
          }
        }
      }
      Optional<Pose> pose = noise.apply(r, far, nanos, s.camera().width(), s.camera().height());
      if (silhouette != null && pose.isPresent()) {
        // A mask only where a pose is reported; the part that left the image is not in it.
        edgeNoise.advance();
        Optional<PersonMask> mask =
            silhouette.render(body, span.cutJoints() ? cut : Set.of(), edgeNoise);
        if (mask.isPresent()) {
          pose = Optional.of(pose.get().withMask(mask.get()));
        }
      }
      frames.add(
          new SyntheticFrame(nanos, pose, Optional.of(renderer.project(body.spineMiddle()))));
    }
    return frames;
  }

  /** The body part that leaves the image in an out-of-frame span: the one the signal needs. */
  private static Set<Joint> cutJoints(ExerciseId exercise) {
    Set<Joint> cut =
        EnumSet.of(
            Joint.LEFT_KNEE,
            Joint.RIGHT_KNEE,
            Joint.LEFT_ANKLE,
            Joint.RIGHT_ANKLE,
            Joint.LEFT_HEEL,
            Joint.RIGHT_HEEL,
            Joint.LEFT_FOOT_INDEX,
            Joint.RIGHT_FOOT_INDEX);
    if (exercise == ExerciseId.CAT_CAMEL) {
      // The back is read between the shoulders and the hips: the hip end leaves the image too.
      cut.add(Joint.LEFT_HIP);
      cut.add(Joint.RIGHT_HIP);
    }
    return Set.copyOf(cut);
  }
}
