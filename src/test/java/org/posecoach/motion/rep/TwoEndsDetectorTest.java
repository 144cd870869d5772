package org.posecoach.motion.rep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.posecoach.motion.rep.DetectorTestSupport.reps;
import static org.posecoach.motion.rep.DetectorTestSupport.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.posecoach.motion.signal.SignalShape;

class TwoEndsDetectorTest {

  private static final DetectorConfig CONFIG =
      new DetectorConfig(SignalShape.TWO_ENDS, 35, 45, 0.3, 0, false, false, 0);

  /** A sequence of ends: +1 camel (cow), -1 cat, each a 1.5 s half-sine from neutral. */
  private static double ends(double t, int[] sequence) {
    double u = t - 1;
    int i = (int) Math.floor(u / 1.5);
    if (u < 0 || i >= sequence.length) {
      return 0;
    }
    double amplitude = sequence[i] > 0 ? 35 : 45;
    return sequence[i] * amplitude * Math.sin(Math.PI * (u - 1.5 * i) / 1.5);
  }

  @Test
  void cowCatCowCatCowCatIsThreeRepetitions() {
    int[] seq = {1, -1, 1, -1, 1, -1};
    List<Rep> reps = reps(run(new TwoEndsDetector(CONFIG), t -> ends(t, seq), null, 12));
    assertEquals(3, reps.size());
  }

  @Test
  void eachRepetitionIsCountedWhenItsSecondEndIsReached() {
    int[] seq = {-1, 1};
    List<Rep> reps = reps(run(new TwoEndsDetector(CONFIG), t -> ends(t, seq), null, 6));
    assertEquals(1, reps.size());
    // The camel half runs from 2.5 s to 4 s; its end is reached well before it comes back.
    double t = reps.get(0).timeSeconds();
    assertEquals(true, t > 2.5 && t < 3.5, "counted at " + t);
  }

  @ParameterizedTest(name = "ends {0} make {1} repetitions")
  @CsvSource({"-1 -1 1, 1", "1 1 1, 0", "-1 1 -1, 1", "-1 1 -1 1, 2", "1 -1 -1 1, 2"})
  void aRepetitionNeedsBothEnds(String ends, int expected) {
    int[] seq = java.util.Arrays.stream(ends.split(" ")).mapToInt(Integer::parseInt).toArray();
    List<Rep> reps =
        reps(run(new TwoEndsDetector(CONFIG), t -> ends(t, seq), null, 2 + 1.5 * seq.length));
    assertEquals(expected, reps.size());
  }

  @Test
  void theRepetitionDurationIsTheFullCycle() {
    int[] seq = {-1, 1, -1, 1};
    List<Rep> reps = reps(run(new TwoEndsDetector(CONFIG), t -> ends(t, seq), null, 9));
    assertEquals(3.0, reps.get(1).durationSeconds(), 0.15);
  }
}
