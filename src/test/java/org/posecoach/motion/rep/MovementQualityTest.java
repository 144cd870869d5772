package org.posecoach.motion.rep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.posecoach.motion.rep.Trajectory.Point;

class MovementQualityTest {

  private static List<Point> sample(
      DoubleUnaryOperator f, double seconds, double fps, double noise, long seed) {
    Random r = new Random(seed);
    List<Point> out = new ArrayList<>();
    for (int i = 0; i <= seconds * fps; i++) {
      double t = i / fps;
      out.add(new Point(t, f.applyAsDouble(t) + noise * r.nextGaussian()));
    }
    return out;
  }

  private static double cosine(double t, double duration) {
    double u = Math.max(0, Math.min(1, t / duration));
    return (1 - Math.cos(Math.PI * u)) / 2;
  }

  private static double minJerk(double t, double duration) {
    double u = Math.max(0, Math.min(1, t / duration));
    return u * u * u * (10 - 15 * u + 6 * u * u);
  }

  @ParameterizedTest(name = "a smooth {0} s movement at {1} fps with jitter {2} is one submovement")
  @CsvSource({"0.8, 30, 0.0", "1.5, 30, 0.01", "3.0, 15, 0.01", "2.0, 20, 0.01"})
  void aSmoothMovementIsOneSubmovement(double duration, double fps, double noise) {
    List<Point> p = sample(t -> cosine(t, duration), duration, fps, noise, 1);
    assertEquals(1, MovementQuality.submovements(p, 0, 1));
  }

  @ParameterizedTest(name = "stopping {0} s halfway, at {1} fps, is two submovements")
  @CsvSource({"0.6, 30", "0.6, 20", "0.8, 15", "1.0, 30"})
  void stoppingHalfwayIsTwoSubmovements(double pause, double fps) {
    DoubleUnaryOperator f =
        t ->
            t < 0.25
                ? 0.5 * minJerk(t, 0.25)
                : t < 0.25 + pause ? 0.5 : 0.5 + 0.5 * minJerk(t - 0.25 - pause, 0.25);
    List<Point> p = sample(f, 0.5 + pause, fps, 0.005, 2);
    assertEquals(2, MovementQuality.submovements(p, 0, 1));
  }
}
