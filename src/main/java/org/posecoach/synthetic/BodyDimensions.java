package org.posecoach.synthetic;

import java.util.Random;
import org.posecoach.motion.body.Anthropometry;

/**
 * Segment lengths of one synthetic person, in metres, from a standing height and the average
 * proportions of {@link Anthropometry}, each varied by a few percent to make individuals.
 */
public record BodyDimensions(
    double height,
    double torso,
    double shoulderWidth,
    double hipWidth,
    double upperArm,
    double forearm,
    double thigh,
    double shank,
    double footLength,
    double ankleHeight,
    double neck,
    double headWidth) {

  /** Real adults' segment ratios vary by about 5 % (one standard deviation) around the averages. */
  private static final double PROPORTION_SD = 0.05;

  /** The average proportions at {@code height} metres. */
  public static BodyDimensions average(double height) {
    return new BodyDimensions(
        height,
        Anthropometry.TORSO_PER_HEIGHT * height,
        Anthropometry.SHOULDER_WIDTH_PER_HEIGHT * height,
        Anthropometry.HIP_WIDTH_PER_HEIGHT * height,
        Anthropometry.UPPER_ARM_PER_HEIGHT * height,
        Anthropometry.FOREARM_PER_HEIGHT * height,
        Anthropometry.THIGH_PER_HEIGHT * height,
        Anthropometry.SHANK_PER_HEIGHT * height,
        Anthropometry.FOOT_LENGTH_PER_HEIGHT * height,
        Anthropometry.ANKLE_HEIGHT_PER_HEIGHT * height,
        Anthropometry.SHOULDER_TO_EAR_PER_HEIGHT * height,
        Anthropometry.HEAD_WIDTH_PER_HEIGHT * height);
  }

  /** An individual of {@code height} metres with proportions varied at random. */
  public static BodyDimensions individual(double height, Random random) {
    BodyDimensions a = average(height);
    return new BodyDimensions(
        height,
        vary(a.torso, random),
        vary(a.shoulderWidth, random),
        vary(a.hipWidth, random),
        vary(a.upperArm, random),
        vary(a.forearm, random),
        vary(a.thigh, random),
        vary(a.shank, random),
        vary(a.footLength, random),
        a.ankleHeight,
        vary(a.neck, random),
        a.headWidth);
  }

  /** The height relative to the 1.75 m reference body (for sizes not in the table). */
  public double scale() {
    return height / 1.75;
  }

  public double armLength() {
    return upperArm + forearm;
  }

  private static double vary(double value, Random random) {
    double f = 1 + PROPORTION_SD * Math.max(-2, Math.min(2, random.nextGaussian()));
    return value * f;
  }
}
