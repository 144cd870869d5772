package org.posecoach.pose.smoothing;

import java.util.ArrayList;
import java.util.List;
import org.posecoach.pose.Keypoint;
import org.posecoach.pose.Pose;

/**
 * A {@link KeypointFilter} with a One Euro filter per coordinate, speeds measured relative to the
 * pose's size, and confidence that is smoothed too: a joint whose score drops for a frame keeps its
 * place instead of jumping with the noisy estimate. World (metric) keypoints get their own filters
 * without size scaling, as they are already in metres.
 */
public final class OneEuroKeypointFilter implements KeypointFilter {
  /**
   * Filter settings.
   *
   * @param minCutoff Hz at rest; 0.05 makes a still joint nearly frozen (EMA weight ≈ 0.01 at 30
   *     fps)
   * @param beta cut-off growth with speed (in body sizes per second); 80 gives ≈ 0.94 weight to a
   *     fast-moving joint
   * @param derivativeCutoff Hz for the speed estimate
   * @param worldMinCutoff like minCutoff for world keypoints
   * @param worldBeta like beta for world keypoints (speed in metres per second)
   * @param scoreAlpha EMA weight of a new score (0.1: scores change slowly)
   * @param fullTrustScore at or above this score a joint's new position is taken in full; below, in
   *     proportion (0 turns this off)
   */
  public record Settings(
      double minCutoff,
      double beta,
      double derivativeCutoff,
      double worldMinCutoff,
      double worldBeta,
      double scoreAlpha,
      double fullTrustScore) {
    /** MediaPipe Pose's video-mode settings (pose_landmark_filtering), as MediaPipe runs them. */
    public static final Settings MEDIAPIPE_POSE = new Settings(0.05, 80, 1.0, 0.1, 40, 0.1, 0);

    /**
     * The coach's stream: MediaPipe's settings, and a joint the model is unsure of (score under
     * 0.5, where BlazePose's visibility and MoveNet's heatmap score start to mean "probably there")
     * moves only in proportion to its score.
     */
    public static final Settings COACHING = new Settings(0.05, 80, 1.0, 0.1, 40, 0.1, 0.5);
  }

  /** Guards the size scaling against a degenerate (zero-size) pose. */
  private static final double MIN_OBJECT_SCALE_PX = 1e-6;

  private final Settings settings;
  private final List<OneEuroFilter[]> image = new ArrayList<>();
  private final List<OneEuroFilter[]> world = new ArrayList<>();
  private final List<LowPassFilter> scores = new ArrayList<>();
  private final List<double[]> last = new ArrayList<>();

  public OneEuroKeypointFilter(Settings settings) {
    this.settings = settings;
  }

  @Override
  public Pose apply(Pose pose) {
    int n = pose.keypoints().size();
    if (image.size() != n) {
      allocate(n);
    }
    long t = pose.timestampNanos();
    double seconds = t / 1e9;
    double scale = 1 / Math.max(MIN_OBJECT_SCALE_PX, objectScale(pose.keypoints()));
    List<Keypoint> smoothed = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Keypoint k = pose.keypoints().get(i);
      OneEuroFilter[] f = image.get(i);
      double score = scores.get(i).apply(k.score(), settings.scoreAlpha());
      double x = f[0].apply(seconds, scale, k.x());
      double y = f[1].apply(seconds, scale, k.y());
      double z = k.hasDepth() ? f[2].apply(seconds, scale, k.z()) : k.z();
      // Confidence-aware: a joint the model is unsure of this frame moves only part of the way,
      // so one doubtful estimate (an occluded wrist) cannot yank it across the image.
      double trust =
          settings.fullTrustScore() > 0 ? Math.min(1, k.score() / settings.fullTrustScore()) : 1;
      double[] prev = last.get(i);
      if (prev != null) {
        x = prev[0] + trust * (x - prev[0]);
        y = prev[1] + trust * (y - prev[1]);
      }
      last.set(i, new double[] {x, y});
      smoothed.add(new Keypoint(k.joint(), x, y, z, score));
    }
    List<Keypoint> smoothedWorld = new ArrayList<>(pose.worldKeypoints().size());
    for (int i = 0; i < pose.worldKeypoints().size(); i++) {
      Keypoint k = pose.worldKeypoints().get(i);
      OneEuroFilter[] f = world.get(i);
      smoothedWorld.add(
          new Keypoint(
              k.joint(),
              f[0].apply(seconds, 1, k.x()),
              f[1].apply(seconds, 1, k.y()),
              f[2].apply(seconds, 1, k.z()),
              smoothed.get(i).score()));
    }
    return pose.withKeypoints(t, smoothed, smoothedWorld);
  }

  /** Mean of the keypoints' bounding-box width and height, pixels. */
  private static double objectScale(List<Keypoint> keypoints) {
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (Keypoint k : keypoints) {
      minX = Math.min(minX, k.x());
      maxX = Math.max(maxX, k.x());
      minY = Math.min(minY, k.y());
      maxY = Math.max(maxY, k.y());
    }
    return ((maxX - minX) + (maxY - minY)) / 2;
  }

  private void allocate(int n) {
    image.clear();
    world.clear();
    scores.clear();
    last.clear();
    for (int i = 0; i < n; i++) {
      image.add(filters(settings.minCutoff(), settings.beta()));
      world.add(filters(settings.worldMinCutoff(), settings.worldBeta()));
      scores.add(new LowPassFilter());
      last.add(null);
    }
  }

  private OneEuroFilter[] filters(double minCutoff, double beta) {
    return new OneEuroFilter[] {
      new OneEuroFilter(
          OneEuroFilter.Flavour.MEDIAPIPE, minCutoff, beta, settings.derivativeCutoff()),
      new OneEuroFilter(
          OneEuroFilter.Flavour.MEDIAPIPE, minCutoff, beta, settings.derivativeCutoff()),
      new OneEuroFilter(
          OneEuroFilter.Flavour.MEDIAPIPE, minCutoff, beta, settings.derivativeCutoff())
    };
  }

  @Override
  public void reset() {
    image.clear();
    world.clear();
    scores.clear();
    last.clear();
  }
}
