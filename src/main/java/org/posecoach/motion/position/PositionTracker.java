package org.posecoach.motion.position;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.posecoach.motion.vocabulary.BodyPosition;

/**
 * Follows the body position over frames with hysteresis: a recognised position persists until the
 * evidence contradicts it for a while, instead of being decided afresh from every frame.
 *
 * <p>Per-frame guesses are evidence, not decisions. A frame recognising another position adds its
 * duration to that position's lead and takes it from every other lead; a frame recognising the
 * current position takes from every other lead; an unrecognised frame (a hand or a foot out of the
 * picture, a movement's extreme the rules do not know) is no evidence at all. The position changes
 * once another has led by {@link #SETTLE_SECONDS}, so a flicker between two guesses keeps the
 * position it started in; it is forgotten once no frame has recognised it for {@link
 * #UNSUPPORTED_SECONDS}.
 *
 * <pre>{@code
 * PositionTracker tracker = new PositionTracker();
 * BodyPosition p = tracker.update(t, classifier.classify(body).position());
 * double since = tracker.since();  // when the evidence for p began
 * }</pre>
 */
public final class PositionTracker {

  /**
   * A new position must lead by 0.3 s of frames (9 at 30 fps): a misread frame or two never changes
   * it, while someone who really moved is followed within a breath.
   */
  public static final double SETTLE_SECONDS = 0.3;

  /**
   * Unrecognised for 2 s, the position is no longer assumed: far longer than the moments a
   * movement's extreme or a limb leaving the picture hides it, short enough to notice a person who
   * got up out of view.
   */
  public static final double UNSUPPORTED_SECONDS = 2.0;

  private final Map<BodyPosition, Double> lead = new EnumMap<>(BodyPosition.class);
  private final Map<BodyPosition, Double> leadSince = new EnumMap<>(BodyPosition.class);
  private BodyPosition position = BodyPosition.UNKNOWN;
  private double since = Double.NaN;
  private double lastSupported = Double.NaN;
  private double lastTime = Double.NaN;

  /** The tracked position after one more frame's guess. */
  public BodyPosition update(double timeSeconds, BodyPosition guess) {
    Objects.requireNonNull(guess, "guess");
    double dt = Double.isNaN(lastTime) ? 0 : Math.max(0, timeSeconds - lastTime);
    lastTime = timeSeconds;
    if (guess == BodyPosition.UNKNOWN) {
      if (position != BodyPosition.UNKNOWN && timeSeconds - lastSupported > UNSUPPORTED_SECONDS) {
        change(BodyPosition.UNKNOWN, timeSeconds);
      }
      return position;
    }
    for (BodyPosition p : BodyPosition.values()) {
      if (p != guess && lead.containsKey(p)) {
        double left = lead.get(p) - dt;
        if (left <= 0) {
          lead.remove(p);
          leadSince.remove(p);
        } else {
          lead.put(p, left);
        }
      }
    }
    if (guess == position) {
      lastSupported = timeSeconds;
      return position;
    }
    if (!lead.containsKey(guess)) {
      leadSince.put(guess, timeSeconds);
    }
    double gained = lead.getOrDefault(guess, 0.0) + dt;
    lead.put(guess, gained);
    if (gained >= SETTLE_SECONDS) {
      double from = leadSince.get(guess);
      change(guess, from);
      lastSupported = timeSeconds;
    }
    return position;
  }

  /** The tracked position. */
  public BodyPosition position() {
    return position;
  }

  /**
   * When the evidence for the current position began: the first frame of the lead that made it
   * current (NaN while unknown). Frames since then may be replayed by a stage that waited for the
   * position to settle.
   */
  public double since() {
    return since;
  }

  public void reset() {
    lead.clear();
    leadSince.clear();
    position = BodyPosition.UNKNOWN;
    since = Double.NaN;
    lastSupported = Double.NaN;
    lastTime = Double.NaN;
  }

  private void change(BodyPosition next, double from) {
    position = next;
    since = next == BodyPosition.UNKNOWN ? Double.NaN : from;
    lead.clear();
    leadSince.clear();
  }
}
