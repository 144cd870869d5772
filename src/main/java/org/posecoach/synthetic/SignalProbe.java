package org.posecoach.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.posecoach.motion.body.BodyFrame;
import org.posecoach.motion.signal.ExerciseSignal;
import org.posecoach.motion.signal.SignalSample;
import org.posecoach.motion.vocabulary.CameraView;
import org.posecoach.motion.vocabulary.Side;
import org.posecoach.pose.Keypoint;
import org.posecoach.pose.KeypointLayout;
import org.posecoach.pose.Pose;

/**
 * Reads the coach's signal off clean, noiseless renderings of the performer, so that ground truth
 * can be stated in the signal's own terms ("a partial repetition covers 38 % of this person's
 * range") whatever the view's perspective does to the joint angles.
 *
 * <p>Beware: what is sized here is sized with the signal under test. A signal that misreads the
 * movement rescales the partial and weak-side repetitions along with its reading, so the synthetic
 * grid cannot catch that mistake in them; only full repetitions, sized from joint angles, can.
 */
final class SignalProbe {

  private final ExerciseMotion motion;
  private final PoseRenderer renderer;
  private final SilhouetteRenderer silhouette;
  private final KeypointLayout layout;
  private final ExerciseSignal signal;
  private final int width;
  private final int height;
  private final double rest;

  /**
   * @param silhouette draws the mask for a signal that reads one; null for the others
   */
  SignalProbe(
      ExerciseMotion motion,
      PoseRenderer renderer,
      SilhouetteRenderer silhouette,
      KeypointLayout layout,
      ExerciseSignal signal,
      CameraSetup setup) {
    if (signal.needsMask() && silhouette == null) {
      throw new IllegalArgumentException(signal.name() + " reads the mask: give a silhouette");
    }
    this.motion = motion;
    this.renderer = renderer;
    this.silhouette = silhouette;
    this.layout = layout;
    this.signal = signal;
    this.width = setup.width();
    this.height = setup.height();
    this.rest = value(0, null);
  }

  /** The signal's distance from the start value at {@code drive} (magnitude). */
  double excursion(double drive, Side side) {
    return Math.abs(value(drive, side) - rest);
  }

  /**
   * The drive (same sign as {@code maxDrive}) whose excursion is {@code target}, by bisection
   * between 0 and {@code maxDrive}.
   */
  double driveFor(double target, Side side, double maxDrive) {
    double lo = 0;
    double hi = maxDrive;
    for (int i = 0; i < 40; i++) {
      double mid = (lo + hi) / 2;
      if (excursion(mid, side) < target) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }

  private double value(double drive, Side side) {
    Skeleton body = motion.pose(drive, side, Fidget.State.NONE);
    PoseRenderer.Rendered r = renderer.render(body);
    List<Keypoint> kps = new ArrayList<>();
    for (int i = 0; i < layout.size(); i++) {
      kps.add(new Keypoint(layout.joints().get(i), r.x()[i], r.y()[i], r.z()[i], 1.0));
    }
    Pose pose = new Pose(0, width, height, layout, kps, 1.0);
    if (signal.needsMask()) {
      pose = silhouette.render(body).map(pose::withMask).orElse(pose);
    }
    Optional<SignalSample> s = signal.measure(new BodyFrame(pose, r.torsoPx()));
    if (s.isEmpty()) {
      throw new IllegalStateException("signal " + signal.name() + " unreadable on a clean pose");
    }
    return s.get().value();
  }

  /** Whether the signal compares left and right in this view (see ExerciseSignal). */
  boolean sidesComparable() {
    return signal.sidesComparable();
  }

  static CameraView viewOf(CameraSetup setup) {
    return setup.placement() == CameraSetup.Placement.FEET ? CameraView.FEET : CameraView.SIDE;
  }
}
