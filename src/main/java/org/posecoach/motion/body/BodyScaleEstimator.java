package org.posecoach.motion.body;

import static org.posecoach.pose.Joint.LEFT_SHOULDER;
import static org.posecoach.pose.Joint.RIGHT_SHOULDER;

import java.util.Optional;
import java.util.OptionalDouble;
import org.posecoach.pose.Pose;

/**
 * Estimates how large the body is in the image, in pixels per torso length, smoothed over time.
 *
 * <p>Each frame measures the torso (shoulder midpoint to hip midpoint) and the shoulder width
 * converted to torso lengths ({@link Anthropometry#TORSO_PER_SHOULDER_WIDTH}), and keeps the
 * larger: perspective can only shorten a segment, so the longer estimate is the less foreshortened
 * one. Seen from the side the torso wins; seen from the feet the shoulders do. The per-frame value
 * is then smoothed exponentially ({@link #DEFAULT_TIME_CONSTANT_SECONDS}).
 *
 * <pre>{@code
 * BodyScaleEstimator scale = new BodyScaleEstimator();
 * OptionalDouble px = scale.apply(pose);   // e.g. 120.0 pixels per torso length
 * }</pre>
 */
public final class BodyScaleEstimator {

  /**
   * Body size changes only when the person moves towards or away from the camera or turns; 0.5 s
   * follows that yet averages away per-frame keypoint jitter (about 2 % at 30 fps).
   */
  public static final double DEFAULT_TIME_CONSTANT_SECONDS = 0.5;

  /**
   * After this long without a measurement, the next one starts afresh (the person may have moved).
   */
  private static final double RESET_AFTER_SECONDS = 2.0;

  private final double timeConstantSeconds;
  private double value = Double.NaN;
  private double lastTimeSeconds = Double.NaN;

  public BodyScaleEstimator() {
    this(DEFAULT_TIME_CONSTANT_SECONDS);
  }

  /**
   * @param timeConstantSeconds smoothing time constant; larger is steadier but slower
   */
  public BodyScaleEstimator(double timeConstantSeconds) {
    if (!(timeConstantSeconds > 0)) {
      throw new IllegalArgumentException("time constant must be positive");
    }
    this.timeConstantSeconds = timeConstantSeconds;
  }

  /** Forgets the body (a new person or a new set). */
  public void reset() {
    value = Double.NaN;
    lastTimeSeconds = Double.NaN;
  }

  /**
   * Updates the estimate with one pose.
   *
   * @return the smoothed torso length in pixels, or empty when no estimate exists yet (torso or
   *     shoulders never seen)
   */
  public OptionalDouble apply(Pose pose) {
    double t = pose.timestampSeconds();
    OptionalDouble measured = measureTorsoLengthPx(pose);
    if (measured.isPresent()) {
      double dt = Double.isNaN(lastTimeSeconds) ? Double.POSITIVE_INFINITY : t - lastTimeSeconds;
      if (Double.isNaN(value) || dt > RESET_AFTER_SECONDS || dt < 0) {
        value = measured.getAsDouble();
      } else {
        double alpha = 1 - Math.exp(-dt / timeConstantSeconds);
        value += alpha * (measured.getAsDouble() - value);
      }
      lastTimeSeconds = t;
    }
    return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /** One frame's torso length in pixels (the larger of torso and converted shoulder width). */
  public static OptionalDouble measureTorsoLengthPx(Pose pose) {
    // Any positive scale lets BodyFrame answer visibility questions; the lengths are in pixels.
    BodyFrame frame = new BodyFrame(pose, 1.0);
    double best = 0;
    Optional<Vec2> s = frame.shoulderMid();
    Optional<Vec2> h = frame.hipMid();
    if (s.isPresent() && h.isPresent()) {
      best = s.get().distanceTo(h.get());
    }
    Optional<Vec2> ls = frame.point(LEFT_SHOULDER);
    Optional<Vec2> rs = frame.point(RIGHT_SHOULDER);
    if (ls.isPresent() && rs.isPresent()) {
      best = Math.max(best, ls.get().distanceTo(rs.get()) * Anthropometry.TORSO_PER_SHOULDER_WIDTH);
    }
    return best > 0 ? OptionalDouble.of(best) : OptionalDouble.empty();
  }
}
