package org.posecoach.motion.form;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Notices a nod passed off as cat-camel: the head swings through much of its cat-camel range while
 * the back stays still. Cat-camel is counted from the back, so a nod counts nothing; this says why
 * ("move your back, not just your head") instead of leaving the user puzzled.
 *
 * <p>Feed it each counted frame's back arch (the exercise signal, smoothed) and head-neck angle.
 * {@link #update} returns true once when, over the last {@link #WINDOW_SECONDS}, the head swung at
 * least {@link #MIN_HEAD_SWING_DEG} and came back while the back moved less than {@link
 * #MAX_BACK_SWING}; again only after the window has passed.
 *
 * <pre>{@code
 * HeadOnlyCheck nods = new HeadOnlyCheck();
 * if (nods.update(t, backArch, headNeckDeg)) say("Move your back, not just your head");
 * }</pre>
 */
public final class HeadOnlyCheck {

  /** A slow cat-camel half cycle takes 2-4 s: the window holds one head swing. */
  public static final double WINDOW_SECONDS = 4.0;

  /**
   * Half of the head's textbook swing between cat and camel (about 45 degrees down and 35 up): a
   * deliberate nod, not a glance.
   */
  public static final double MIN_HEAD_SWING_DEG = 40;

  /**
   * The back moved less than a quarter of its textbook swing between cat and camel (0.12 + 0.10
   * torso lengths): still, apart from breathing and the outline's jitter.
   */
  public static final double MAX_BACK_SWING = 0.055;

  private record Sample(double time, double back, double head) {}

  private final Deque<Sample> window = new ArrayDeque<>();
  private double quietUntil = Double.NEGATIVE_INFINITY;

  /**
   * @param back the back arch, torso lengths
   * @param headDeg the head-neck angle, degrees; NaN when the head was not seen
   * @return whether a nod without the back has just been seen
   */
  public boolean update(double timeSeconds, double back, double headDeg) {
    if (Double.isNaN(headDeg) || Double.isNaN(back)) {
      return false;
    }
    window.addLast(new Sample(timeSeconds, back, headDeg));
    while (window.peekFirst().time() < timeSeconds - WINDOW_SECONDS) {
      window.removeFirst();
    }
    double headMin = Double.POSITIVE_INFINITY;
    double headMax = Double.NEGATIVE_INFINITY;
    double backMin = Double.POSITIVE_INFINITY;
    double backMax = Double.NEGATIVE_INFINITY;
    for (Sample s : window) {
      headMin = Math.min(headMin, s.head());
      headMax = Math.max(headMax, s.head());
      backMin = Math.min(backMin, s.back());
      backMax = Math.max(backMax, s.back());
    }
    // A whole nod: the head swung out and is back near where the window began, and the back
    // stayed still all the while (at the start of a real repetition the head leads the back).
    boolean headBack = Math.abs(headDeg - window.peekFirst().head()) <= MIN_HEAD_SWING_DEG / 2;
    if (timeSeconds < quietUntil
        || headMax - headMin < MIN_HEAD_SWING_DEG
        || !headBack
        || backMax - backMin >= MAX_BACK_SWING) {
      return false;
    }
    quietUntil = timeSeconds + WINDOW_SECONDS;
    window.clear();
    return true;
  }

  public void reset() {
    window.clear();
    quietUntil = Double.NEGATIVE_INFINITY;
  }
}
