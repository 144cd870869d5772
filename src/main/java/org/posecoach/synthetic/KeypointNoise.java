package org.posecoach.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.posecoach.pose.Joint;
import org.posecoach.pose.Keypoint;
import org.posecoach.pose.KeypointLayout;
import org.posecoach.pose.Pose;

/** Spoils clean keypoints the way real pose models do (see {@link NoiseSettings}). */
final class KeypointNoise {

  /** Jitter correlation from frame to frame at 30 fps (models smooth over a few frames). */
  private static final double CORRELATION_AT_30_FPS = 0.6;

  /** Occluded (far-side) joints jitter half again as much. */
  private static final double FAR_SIDE_JITTER_FACTOR = 1.5;

  /**
   * BlazePose's relative depth follows real depth changes only in part: on the rendered lumbar clip
   * a knee coming 0.37 m nearer was reported about a third of that nearer, and the same knee going
   * as far away not at all. Synthetic depth is reported at a gain drawn per stream between these
   * ({@value} to {@link #MAX_DEPTH_GAIN}), so that no test leans on depth the model does not give.
   */
  static final double MIN_DEPTH_GAIN = 0.1;

  static final double MAX_DEPTH_GAIN = 0.5;

  /** Depth jitters more than positions: twice the keypoint jitter. */
  private static final double DEPTH_JITTER_FACTOR = 2.0;

  private final NoiseSettings settings;
  private final KeypointLayout layout;
  private final Random random;
  private final double fps;
  private final double rho;
  private final double[] nx;
  private final double[] ny;
  private final int[] lostFrames;
  private final double[] lostScore;
  private final double[] lostDx;
  private final double[] lostDy;
  private final Random depthRandom;
  private final double depthGain;
  private final double[] nz;
  private int dropoutFrames;
  private int confidenceFrames;
  private double confidenceFactor = 1;

  /**
   * @param random the stream's random numbers
   * @param depthRandom separate random numbers for the model's depth (so that depth can change
   *     without changing any other part of a stream)
   */
  KeypointNoise(
      NoiseSettings settings,
      KeypointLayout layout,
      Random random,
      Random depthRandom,
      double fps) {
    this.settings = settings;
    this.depthRandom = depthRandom;
    this.depthGain = MIN_DEPTH_GAIN + (MAX_DEPTH_GAIN - MIN_DEPTH_GAIN) * depthRandom.nextDouble();
    this.layout = layout;
    this.random = random;
    this.fps = fps;
    this.rho = Math.pow(CORRELATION_AT_30_FPS, 30.0 / fps);
    int n = layout.size();
    nx = new double[n];
    ny = new double[n];
    lostFrames = new int[n];
    lostScore = new double[n];
    lostDx = new double[n];
    lostDy = new double[n];
    nz = new double[n];
  }

  /**
   * One frame's pose from clean keypoints, or empty for a dropped frame.
   *
   * @param farSide whether each joint (layout order) is on the side away from the camera
   */
  Optional<Pose> apply(
      PoseRenderer.Rendered r, boolean[] farSide, long nanos, int width, int height) {
    if (dropoutFrames > 0) {
      dropoutFrames--;
      return Optional.empty();
    }
    if (chance(settings.dropoutsPerMinute())) {
      dropoutFrames = random.nextInt(4);
      return Optional.empty();
    }
    if (confidenceFrames > 0) {
      confidenceFrames--;
    } else if (chance(settings.confidenceDropsPerMinute())) {
      confidenceFrames = 5 + random.nextInt(11);
      confidenceFactor = 0.5 + 0.3 * random.nextDouble();
    }
    double factor = confidenceFrames > 0 ? confidenceFactor : 1;
    int n = layout.size();
    List<Keypoint> keypoints = new ArrayList<>(n);
    double sigma = settings.jitter() * r.torsoPx();
    for (int i = 0; i < n; i++) {
      double s = sigma * (farSide[i] ? FAR_SIDE_JITTER_FACTOR : 1);
      nx[i] = rho * nx[i] + Math.sqrt(1 - rho * rho) * s * random.nextGaussian();
      ny[i] = rho * ny[i] + Math.sqrt(1 - rho * rho) * s * random.nextGaussian();
      double x = r.x()[i] + nx[i];
      double y = r.y()[i] + ny[i];
      double score = r.score()[i];
      if (lostFrames[i] > 0) {
        lostFrames[i]--;
      } else if (chance(settings.lowScoresPerMinute())) {
        lostFrames[i] = 3 + random.nextInt(8);
        lostScore[i] = 0.05 + 0.2 * random.nextDouble();
        lostDx[i] = (random.nextDouble() - 0.5) * 0.66 * r.torsoPx();
        lostDy[i] = (random.nextDouble() - 0.5) * 0.66 * r.torsoPx();
      }
      if (lostFrames[i] > 0) {
        score = Math.min(score, lostScore[i]);
        x += lostDx[i];
        y += lostDy[i];
      }
      if (settings.jitter() > 0) {
        score += 0.03 * random.nextGaussian();
      }
      score = Math.max(0, Math.min(1, score * factor));
      Joint j = layout.joints().get(i);
      double z = r.z()[i];
      if (!Double.isNaN(z)) {
        double sz = DEPTH_JITTER_FACTOR * s;
        nz[i] = rho * nz[i] + Math.sqrt(1 - rho * rho) * sz * depthRandom.nextGaussian();
        z = depthGain * z + nz[i];
      }
      keypoints.add(new Keypoint(j, x, y, z, score));
    }
    List<Keypoint> world = List.of();
    if (layout == KeypointLayout.BLAZEPOSE_33) {
      world = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        Vec3 w = r.world().get(i);
        world.add(
            new Keypoint(layout.joints().get(i), w.x(), w.y(), w.z(), keypoints.get(i).score()));
      }
    }
    return Optional.of(
        new Pose(nanos, width, height, layout, keypoints, world, 0.9 * factor, Optional.empty()));
  }

  private boolean chance(double perMinute) {
    return perMinute > 0 && random.nextDouble() < perMinute / 60.0 / fps;
  }
}
