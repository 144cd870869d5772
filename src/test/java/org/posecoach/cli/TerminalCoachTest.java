package org.posecoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posecoach.routine.Routine;
import org.posecoach.routine.RoutineLoader;
import org.posecoach.source.FrameSource;
import org.posecoach.source.SourceOptions;
import org.posecoach.source.Sources;
import org.posecoach.store.HistoryStore;
import org.posecoach.store.SessionDetail;
import org.posecoach.store.StepStatus;
import org.posecoach.testing.CountingSource;
import org.posecoach.ui.AppConfig;
import org.posecoach.ui.ScriptedEstimator;
import org.posecoach.ui.TestClips;

/**
 * The terminal coach on a played clip of four quick cat-camels, with a stand-in model and what the
 * user types scripted: the keys it prints, skip, pause (the clip is held and no repetition is
 * lost), and a session without a terminal that just runs; and the routine it picks, as the window
 * does.
 */
class TerminalCoachTest {
  private static final String CAT_CAMELS =
      """
      name: Terminal test
      steps:
        - exercise: cat_camel
          title: Cat-camel
          reps: 4
          min_rep_seconds: 1
          rest_after_seconds: 0
      """;

  private static final String TWO_STEPS =
      CAT_CAMELS
          + """
            - exercise: prayer_stretch
              reps: 2
              rest_after_seconds: 0
          """;

  /** Longer than a quick cat-camel: had the clip played on, a repetition would go uncounted. */
  private static final long PAUSE_MILLIS = 3000;

  @TempDir Path dir;

  private final StringWriter printed = new StringWriter();
  private final PrintWriter out = new PrintWriter(printed, true);
  private final AtomicLong delivered = new AtomicLong();

  /** Runs the coach on its own thread, keys read from {@code keys}; returns its exit code. */
  private CompletableFuture<Integer> coach(String routineYaml, Optional<PipedWriter> keys)
      throws Exception {
    Routine routine = RoutineLoader.load(routineYaml, "test.yaml");
    Optional<java.io.Reader> input =
        keys.isPresent() ? Optional.of(new PipedReader(keys.get())) : Optional.empty();
    TerminalCoach coach = new TerminalCoach(out, input, false);
    Path clip = TestClips.paintedQuick();
    return CompletableFuture.supplyAsync(
        () -> {
          try (HistoryStore store = HistoryStore.open(dir.resolve("history.db"));
              FrameSource source =
                  new CountingSource(
                      Sources.open(clip.toString(), SourceOptions.DEFAULT.withPaced(true)),
                      delivered);
              ScriptedEstimator estimator =
                  new ScriptedEstimator(TestClips.quickPerformance(), TestClips.PAINTED_FPS, 20)) {
            return coach.coach(routine, source, estimator, store, "scripted", true);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private String printed() {
    synchronized (out) {
      return printed.toString();
    }
  }

  private void waitFor(String text, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!printed().contains(text)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("never printed '" + text + "':\n" + printed());
      }
      Thread.sleep(50);
    }
  }

  private static void type(PipedWriter keys, String line) throws Exception {
    keys.write(line + "\n");
    keys.flush();
  }

  private SessionDetail recorded() {
    try (HistoryStore store = HistoryStore.open(dir.resolve("history.db"))) {
      return store.session(store.sessions().get(0).id()).orElseThrow();
    }
  }

  @Test
  void pausingHoldsTheClipAndEveryRepetitionIsStillCounted() throws Exception {
    PipedWriter keys = new PipedWriter();
    CompletableFuture<Integer> run = coach(CAT_CAMELS, Optional.of(keys));
    waitFor(TerminalKeys.HELP, Duration.ofSeconds(20));
    waitFor("rep 1 ", Duration.ofSeconds(30));
    type(keys, "p");
    waitFor("Paused", Duration.ofSeconds(5));
    Thread.sleep(300); // a frame being read as the key came in is still delivered
    long atPause = delivered.get();
    Thread.sleep(PAUSE_MILLIS);
    assertEquals(atPause, delivered.get(), "the clip went on while paused");
    type(keys, "p");
    assertEquals(0, run.get(60, TimeUnit.SECONDS));
    String all = printed();
    assertTrue(all.contains("Going on."), all);
    assertTrue(all.contains("rep 4 "), all);
    assertTrue(all.contains("Cat-camel: completed."), all);
    assertTrue(all.contains("Routine complete."), all);
    assertEquals(4, recorded().steps().get(0).reps().size(), "every repetition of the clip");
  }

  @Test
  void sSkipsTheStepAndQEndsTheSession() throws Exception {
    PipedWriter keys = new PipedWriter();
    CompletableFuture<Integer> run = coach(TWO_STEPS, Optional.of(keys));
    waitFor("Step 1: Cat-camel", Duration.ofSeconds(20));
    type(keys, "s");
    waitFor("Step 2: Prayer stretch", Duration.ofSeconds(10));
    type(keys, "x");
    type(keys, "q");
    assertEquals(0, run.get(30, TimeUnit.SECONDS));
    String all = printed();
    assertTrue(all.contains("Cat-camel: skipped."), all);
    assertTrue(all.contains("Session ended."), all);
    assertEquals(
        3,
        all.split(java.util.regex.Pattern.quote(TerminalKeys.HELP), -1).length,
        "the keys once at the start, once more after an unknown key");
    SessionDetail session = recorded();
    assertEquals(StepStatus.SKIPPED, session.steps().get(0).step().status());
    assertEquals(StepStatus.ENDED_EARLY, session.steps().get(1).step().status());
  }

  @Test
  void withoutATerminalTheSessionJustRunsAndSaysWhereToGetIntoPosition() throws Exception {
    assertEquals(0, coach(CAT_CAMELS, Optional.empty()).get(60, TimeUnit.SECONDS));
    String all = printed();
    assertFalse(all.contains("Keys (then Enter)"), all);
    assertTrue(all.contains("Ctrl-C ends the session"), all);
    assertTrue(all.contains("Routine complete."), all);
    assertTrue(
        all.contains("» Get on your hands and knees") || all.contains("» Step into the frame"),
        "the window's guidance, before counting: " + all);
  }

  @Test
  void theDefaultRoutineIsTheWindowsAndTheDemoSaysWhatItRuns() {
    AppConfig none =
        new AppConfig(
            Path.of("routines"), Optional.empty(), Optional.empty(), "blazepose-full", false, true);
    Routine routine = TerminalCoach.routineFor(none);
    assertEquals("Morning low back", routine.name());
    String note = TerminalCoach.demoNote(routine);
    assertTrue(note.contains("Demo: Cat-camel") && note.contains("Morning low back"), note);
    AppConfig asked =
        new AppConfig(
            Path.of("routines"),
            Optional.of("cat-camel-and-rotations"),
            Optional.empty(),
            "blazepose-full",
            false,
            true);
    assertEquals("Cat-camel and rotations", TerminalCoach.routineFor(asked).name());
  }

  @Test
  void anInterruptedSessionIsAnnouncedOnceAtTheStart() throws Exception {
    Path db = dir.resolve("interrupted.db");
    org.posecoach.store.SessionId session =
        org.posecoach.session.InterruptionNoticeTest.leaveInterrupted(db, 8);
    TerminalCoach coach = new TerminalCoach(out, Optional.empty(), false);
    try (HistoryStore history = HistoryStore.open(db)) {
      coach.announceInterrupted(history);
      coach.announceInterrupted(history);
    }
    try (HistoryStore history = HistoryStore.open(db)) {
      coach.announceInterrupted(history);
    }
    String all = printed();
    assertTrue(
        all.contains(
            "was interrupted after 8 reps; it is saved — see it with `pose-coach history"
                + " show "
                + session.value()
                + "`."),
        all);
    assertEquals(1, all.split("was interrupted", -1).length - 1, "once: " + all);
  }
}
