package org.posecoach.routine;

/**
 * The bounds a routine file's values must fall within. They are wide enough for any sensible
 * routine and reject typos (an extra zero, a missing decimal point) before a session starts.
 */
public final class RoutineLimits {
  /** Larger files are certainly not routines (the morning routine is about 4 KiB). */
  public static final int MAX_FILE_BYTES = 256 * 1024;

  /** Root mapping → steps list → step mapping is 3 levels; a little slack for flow-style files. */
  public static final int MAX_NESTING_LEVELS = 8;

  /** More steps than this is not one routine but several. */
  public static final int MAX_STEPS = 50;

  /** At least one rep; over 100 reps of one mobility exercise in a session is a typo. */
  public static final int MIN_REPS = 1;

  public static final int MAX_REPS = 100;

  /** A held rep needs a hold you can see on camera; half a second is the shortest that is. */
  public static final double MIN_HELD_SECONDS = 0.5;

  /** Five minutes: longer holds are not coached by this app. */
  public static final double MAX_HOLD_SECONDS = 300;

  /** Tempo bounds: no controlled rep takes under half a second, and none takes over a minute. */
  public static final double MIN_REP_SECONDS_LOWEST = 0.5;

  public static final double MIN_REP_SECONDS_HIGHEST = 60;

  /** The slow-rep bound may reach two minutes (a very slow cat-camel with holds). */
  public static final double MAX_REP_SECONDS_HIGHEST = 120;

  /** Below 10 % of one's range the movement cannot be told apart from pose-model noise. */
  public static final double MIN_RANGE_FRACTION_LOWEST = 0.1;

  public static final double MIN_RANGE_FRACTION_HIGHEST = 1.0;

  /** No signal exceeds a full turn (degrees) and torso-length signals stay far below it. */
  public static final double MIN_RANGE_VALUE_HIGHEST = 360;

  /** Ten minutes of rest between two exercises is the most a morning routine needs. */
  public static final double MAX_REST_SECONDS = 600;

  /** Text lengths, in characters: short enough to fit on screen next to the video. */
  public static final int MAX_NAME_CHARS = 80;

  public static final int MAX_TITLE_CHARS = 60;
  public static final int MAX_DESCRIPTION_CHARS = 1000;
  public static final int MAX_INSTRUCTIONS_CHARS = 600;

  private RoutineLimits() {}
}
