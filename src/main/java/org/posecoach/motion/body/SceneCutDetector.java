package org.posecoach.motion.body;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Notices a cut in edited footage (or a camera knocked or zoomed): the body's size in the picture
 * jumps. A person on the floor cannot change their size in the picture by a fifth within half a
 * second (at 2 m that is coming 0.4 m nearer), and the size measure ({@link BodyScaleEstimator})
 * does not shrink when they turn, so such a jump is the camera's, not a movement, and what was
 * learnt about the signal before it no longer applies.
 *
 * <pre>{@code
 * SceneCutDetector cuts = new SceneCutDetector();
 * if (cuts.update(t, torsoPx)) restartLearning();
 * }</pre>
 */
public final class SceneCutDetector {

  /**
   * The size is compared over the last 0.3 s: a cut smoothed over by the pose stream shows here.
   */
  public static final double WINDOW_SECONDS = 0.3;

  /** A change of a quarter or more within the window is a cut. */
  public static final double MAX_SIZE_RATIO = 1.25;

  private record Sample(double time, double size) {}

  private final Deque<Sample> window = new ArrayDeque<>();

  /**
   * @param torsoPx this frame's body size, pixels per torso length, unsmoothed
   * @return whether a cut happened at this frame (reported once: the window starts afresh)
   */
  public boolean update(double timeSeconds, double torsoPx) {
    window.addLast(new Sample(timeSeconds, torsoPx));
    while (window.peekFirst().time() < timeSeconds - WINDOW_SECONDS) {
      window.removeFirst();
    }
    double min = Double.POSITIVE_INFINITY;
    double max = 0;
    for (Sample s : window) {
      min = Math.min(min, s.size());
      max = Math.max(max, s.size());
    }
    if (min > 0 && max / min >= MAX_SIZE_RATIO) {
      window.clear();
      window.addLast(new Sample(timeSeconds, torsoPx));
      return true;
    }
    return false;
  }

  public void reset() {
    window.clear();
  }
}
