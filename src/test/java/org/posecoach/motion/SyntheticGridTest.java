package org.posecoach.motion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The synthetic grid (issue item 5): exact counts in every stream, at least 99 % of the expected
 * form events found, at most 1 % of reported events false, nothing counted in quiet streams.
 */
class SyntheticGridTest {

  private static final List<SyntheticGrid.Case> CASES = SyntheticGrid.cases();
  private static final Map<String, StreamRun> RUNS = new ConcurrentHashMap<>();

  @BeforeAll
  static void runGridInParallel() throws Exception {
    // Streams are independent: analyse them on all cores, then judge each in its own test.
    ForkJoinPool pool = new ForkJoinPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
    try {
      pool.submit(
              () ->
                  CASES.parallelStream()
                      .forEach(c -> RUNS.put(c.name(), new StreamRun(c.performance().generate()))))
          .get();
    } finally {
      pool.shutdown();
    }
  }

  static Stream<SyntheticGrid.Case> cases() {
    return CASES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void countsEveryRepetitionExactlyOnceOnItsSide(SyntheticGrid.Case c) {
    StreamRun run = RUNS.get(c.name());
    assertTrue(run.countsExact(), run::report);
  }

  @Test
  void findsAtLeast99PercentOfTheExpectedFormEvents() {
    int expected = RUNS.values().stream().mapToInt(r -> r.stream.truth().events().size()).sum();
    int found = RUNS.values().stream().mapToInt(StreamRun::expectedFound).sum();
    StringBuilder missed = new StringBuilder();
    RUNS.values().stream()
        .filter(r -> r.expectedFound() < r.stream.truth().events().size())
        .forEach(r -> missed.append(r.report()).append('\n'));
    assertTrue(expected > 0, "the grid must expect form events");
    assertTrue(found >= 0.99 * expected, found + " of " + expected + " found\n" + missed);
  }

  @Test
  void reportsAtMostOnePercentFalseFormEvents() {
    int expected = RUNS.values().stream().mapToInt(r -> r.stream.truth().events().size()).sum();
    int reported = RUNS.values().stream().mapToInt(r -> r.events.size()).sum();
    int wrong = RUNS.values().stream().mapToInt(r -> r.falseEvents().size()).sum();
    StringBuilder detail = new StringBuilder();
    RUNS.values().stream()
        .filter(r -> !r.falseEvents().isEmpty())
        .forEach(r -> detail.append(r.report()).append('\n'));
    // Few false events out of none would pass: the true ones must cover the expected ones too.
    assertTrue(reported > 0, "the grid must report form events");
    assertTrue(
        reported - wrong >= 0.99 * expected,
        (reported - wrong) + " true events reported for " + expected + " expected");
    assertTrue(wrong <= 0.01 * reported, wrong + " false of " + reported + "\n" + detail);
  }

  @Test
  void countsNothingInIdleRestlessOrGettingIntoPositionStreams() {
    long quiet = CASES.stream().filter(c -> c.name().contains(" quiet ")).count();
    assertTrue(quiet >= 30, "quiet streams in the grid: " + quiet);
    CASES.stream()
        .filter(c -> c.name().contains(" quiet ") || c.name().contains("wrong view"))
        .forEach(
            c -> assertEquals(0, RUNS.get(c.name()).counts.size(), RUNS.get(c.name())::report));
  }
}
