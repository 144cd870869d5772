package org.posecoach.motion.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class HeadOnlyCheckTest {

  /** How often the check speaks over {@code seconds} at 30 fps. */
  private static int said(DoubleUnaryOperator back, DoubleUnaryOperator head, double seconds) {
    HeadOnlyCheck check = new HeadOnlyCheck();
    int n = 0;
    for (int i = 0; i <= seconds * 30; i++) {
      double t = i / 30.0;
      if (check.update(t, back.applyAsDouble(t), head.applyAsDouble(t))) {
        n++;
      }
    }
    return n;
  }

  private static final DoubleUnaryOperator NODDING = t -> -12 + 40 * Math.sin(2 * Math.PI * t / 4);
  private static final DoubleUnaryOperator STILL_BACK = t -> -0.02 + 0.01 * Math.sin(3 * t);

  @Test
  void aNodWithTheBackStillIsSaidOnceAWhile() {
    int times = said(STILL_BACK, NODDING, 16);
    assertEquals(true, times >= 2 && times <= 4, "said " + times + " times in 16 s of nodding");
  }

  @Test
  void aRealCatCamelMovesTheBackWithTheHead() {
    DoubleUnaryOperator back = t -> -0.02 + 0.11 * Math.sin(2 * Math.PI * t / 4);
    assertEquals(0, said(back, NODDING, 16));
  }

  @Test
  void aGlanceIsNotANod() {
    DoubleUnaryOperator glance = t -> -12 + 15 * Math.sin(2 * Math.PI * t / 4);
    assertEquals(0, said(STILL_BACK, glance, 16));
  }

  @Test
  void anUnseenHeadSaysNothing() {
    assertEquals(0, said(STILL_BACK, t -> Double.NaN, 16));
  }
}
