package org.posecoach.motion;

/** Reports a camera view the exercise cannot be counted from, once it has lasted. */
final class WrongViewWatch {
  /** An unsupported view for 2 s is reported (not a moment of misreading while lying down). */
  static final double WRONG_VIEW_SECONDS = 2.0;

  private double wrongSince = Double.NaN;
  private boolean reported;

  /**
   * Notes one frame's view.
   *
   * @return true once per spell of a wrong view, when it has lasted {@link #WRONG_VIEW_SECONDS}
   */
  boolean update(double t, boolean wrongView) {
    if (!wrongView) {
      wrongSince = Double.NaN;
      reported = false;
      return false;
    }
    if (Double.isNaN(wrongSince)) {
      wrongSince = t;
    }
    if (!reported && t - wrongSince >= WRONG_VIEW_SECONDS) {
      reported = true;
      return true;
    }
    return false;
  }

  /** Whether the current wrong view has been reported (the instruction then says so). */
  boolean reported() {
    return reported;
  }
}
