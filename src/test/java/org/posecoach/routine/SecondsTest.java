package org.posecoach.routine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecondsTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"2, 2 s", "1.5, 1.5 s", "0.75, 0.75 s", "10.0, 10 s", "1.999, 2 s", "0, 0 s"})
  void secondsKeepThePrecisionTheyWereWrittenWith(double seconds, String shown) {
    assertEquals(shown, Seconds.text(seconds));
  }
}
