package org.posecoach.routine;

import org.posecoach.motion.vocabulary.Side;

/**
 * Every default a routine file can leave out, in one place; {@code routines/README.md} shows the
 * same values in its table. A step that omits a key gets the value here.
 */
public final class RoutineDefaults {
  /** No description: the routine's name says enough. */
  public static final String DESCRIPTION = "";

  /** No instructions: the UI shows the step's title on its own. */
  public static final String INSTRUCTIONS = "";

  /** A timed hold (glute stretch) is done once per side unless the file says otherwise. */
  public static final int TIMED_HOLD_REPS = 1;

  /** Reps of ordinary exercises have no hold at the end position unless asked for. */
  public static final double HOLD_SECONDS = 0;

  /** A one-sided exercise is done on both sides: mobility work is meant to be symmetrical. */
  public static final Sides SIDES = Sides.BOTH;

  /** Left, right, left…: how a lumbar rotation goes anyway, and it keeps the sides even. */
  public static final SideOrder ORDER = SideOrder.ALTERNATING;

  /** Left first: an arbitrary but fixed choice, so that two runs of a routine compare. */
  public static final Side FIRST_SIDE = Side.LEFT;

  /**
   * Out to the end position and back in under 2 s is a swing, not the slow, controlled movement a
   * low-back routine asks for; stretches that need longer say so in the file (cat-camel: 3 s).
   */
  public static final double MIN_REP_SECONDS = 2.0;

  /**
   * A repetition must cover at least 30 % of the textbook range: twice the largest fidget (about 15
   * %), and low enough that a stiff beginner's repetitions still count on the side a camera sees
   * foreshortened (perspective can shrink one side by a third). The motion stage's own default is
   * the same value, so `analyze --exercise` and the synthetic grid run what a routine runs.
   */
  public static final double MIN_RANGE_FRACTION = 0.3;

  /**
   * 15 s is enough to get up from the back onto hands and knees (the longest change of position in
   * the morning routine) without hurrying, and short enough that the body stays warm.
   */
  public static final double REST_AFTER_SECONDS = 15;

  /** Beside the mat: the one placement from which every exercise can be read. */
  public static final CameraPlacement CAMERA = CameraPlacement.SIDE;

  private RoutineDefaults() {}
}
