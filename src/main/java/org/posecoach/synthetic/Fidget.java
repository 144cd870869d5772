package org.posecoach.synthetic;

import java.util.Random;

/**
 * Small involuntary movements: the exercise drive wanders a little, the head nods and turns, the
 * body shifts on the mat, a leg wobbles. Each is a sum of three slow sinusoids (0.1-0.6 Hz, the
 * frequencies of postural sway and breathing) with random phases, scaled by a level: 0 still, 1
 * ordinary, 2 restless. While a repetition is being performed the person attends to the movement
 * and fidgets at {@link #DURING_MOVEMENT} of the level. Deterministic for a given random source.
 */
public final class Fidget {

  /** One moment's offsets. */
  record State(
      double drive, double headPitchDeg, double headYawDeg, Vec3 shift, double legWobbleDeg) {
    static final State NONE = new State(0, 0, 0, Vec3.ZERO, 0);
  }

  /** Fidgeting while performing a repetition, as a fraction of the resting amount. */
  static final double DURING_MOVEMENT = 0.3;

  /** Drive wander per level: 3 % of the textbook range, far below the 25 % exit threshold. */
  private static final double DRIVE_PER_LEVEL = 0.03;

  /** Head nodding per level, degrees (ordinary nods are a few degrees). */
  private static final double PITCH_PER_LEVEL_DEG = 3;

  /** Head turning per level, degrees. */
  private static final double YAW_PER_LEVEL_DEG = 8;

  /** Body shift on the mat per level, metres. */
  private static final double SHIFT_PER_LEVEL_M = 0.01;

  /** One leg's wobble per level, degrees. */
  private static final double WOBBLE_PER_LEVEL_DEG = 3;

  private final double level;
  private final double[][] freq = new double[6][3];
  private final double[][] phase = new double[6][3];

  /**
   * @param level 0 (still) .. 2 (restless)
   * @param random source of phases and frequencies
   */
  public Fidget(double level, Random random) {
    this.level = level;
    for (int i = 0; i < 6; i++) {
      for (int k = 0; k < 3; k++) {
        freq[i][k] = 0.1 + 0.5 * random.nextDouble();
        phase[i][k] = 2 * Math.PI * random.nextDouble();
      }
    }
  }

  /** The offsets at time {@code t} while resting. */
  State at(double t) {
    return at(t, 1.0);
  }

  /** The offsets at time {@code t} while performing a repetition. */
  State moving(double t) {
    return at(t, DURING_MOVEMENT);
  }

  private State at(double t, double scale) {
    double l = level * scale;
    if (l == 0) {
      return State.NONE;
    }
    return new State(
        l * DRIVE_PER_LEVEL * wave(0, t),
        l * PITCH_PER_LEVEL_DEG * wave(1, t),
        l * YAW_PER_LEVEL_DEG * wave(2, t),
        new Vec3(wave(3, t), wave(4, t), 0).times(l * SHIFT_PER_LEVEL_M),
        l * WOBBLE_PER_LEVEL_DEG * wave(5, t));
  }

  /** A smooth random wave in [-1, 1]. */
  private double wave(int i, double t) {
    double sum = 0;
    for (int k = 0; k < 3; k++) {
      sum += Math.sin(2 * Math.PI * freq[i][k] * t + phase[i][k]);
    }
    return sum / 3;
  }
}
