package org.posecoach.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bar: a session process killed with SIGKILL mid-routine loses no rep it had committed,
 * its session is found aborted on the next open, and the database passes {@code integrity_check}.
 */
class SessionKillTest {
  /** Reps to see committed before the kill: several steps' worth, so the kill lands mid-session. */
  private static final int REPS_BEFORE_KILL = 45;

  /** Generous for a cold JVM on a busy 2-core machine; a normal run takes about a second. */
  private static final long WAIT_SECONDS = 60;

  /** Marks the end of the child's output in the queue. */
  private static final String END = "\u0000end";

  @TempDir Path dir;

  @Test
  void aKilledSessionKeepsEveryCommittedRepAndIsMarkedAborted() throws Exception {
    Path db = dir.resolve("history.db");
    Path errors = dir.resolve("writer-stderr.txt");
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    Process writer =
        new ProcessBuilder(
                java,
                "-XX:TieredStopAtLevel=1",
                "-Xmx64m",
                "-cp",
                System.getProperty("java.class.path"),
                RepWriterMain.class.getName(),
                db.toString())
            .redirectError(errors.toFile())
            .start();
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread pump = new Thread(() -> pump(writer, lines), "writer-stdout");
    pump.setDaemon(true);
    pump.start();

    List<String> printed = new ArrayList<>();
    try {
      while (countReps(printed) < REPS_BEFORE_KILL) {
        String line = lines.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        if (line == null || line.equals(END)) {
          fail("the writer stopped early: " + printed + " " + Files.readString(errors));
        }
        printed.add(line);
      }
    } finally {
      writer.destroyForcibly(); // SIGKILL on Linux and macOS
    }
    assertTrue(writer.waitFor(WAIT_SECONDS, TimeUnit.SECONDS), "the writer died");
    if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win")) {
      assertEquals(137, writer.exitValue(), "killed by SIGKILL (128 + 9)");
    }
    // Lines printed before the kill but not yet read are committed reps too.
    for (String line = lines.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        line != null && !line.equals(END);
        line = lines.poll(WAIT_SECONDS, TimeUnit.SECONDS)) {
      printed.add(line);
    }

    try (HistoryStore reopened = HistoryStore.open(db)) {
      assertEquals("ok", SqliteChecks.integrityCheck(db));
      SessionId session = new SessionId(Long.parseLong(printed.get(0).split(" ")[1]));
      assertEquals(List.of(session), abortedSessions(reopened));
      SessionDetail detail = reopened.session(session).orElseThrow();
      assertEquals(SessionStatus.ABORTED, detail.session().status());

      Set<String> stored = new HashSet<>();
      for (StepDetail step : detail.steps()) {
        for (RepRecord rep : step.reps()) {
          stored.add("step " + step.step().id().value() + " index " + rep.index());
        }
      }
      int committed = 0;
      for (String line : printed) {
        if (line.startsWith("rep ")) {
          committed++;
          String where = line.substring(line.indexOf(" step ") + 1);
          assertTrue(stored.contains(where), "committed but lost: " + line);
        }
      }
      // At most one rep was committed and not yet printed when the kill came.
      assertTrue(
          detail.session().reps() - committed <= 1, detail.session().reps() + " vs " + committed);
      assertTrue(
          detail.steps().stream().noneMatch(s -> s.step().status() == StepStatus.IN_PROGRESS));
    }
  }

  private static int countReps(List<String> printed) {
    return (int) printed.stream().filter(line -> line.startsWith("rep ")).count();
  }

  private static void pump(Process writer, BlockingQueue<String> lines) {
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      // The pipe closes when the process is killed.
    } finally {
      lines.add(END);
    }
  }

  /** The sessions the store holds as aborted: after a reopen, the ones it recovered. */
  private static List<SessionId> abortedSessions(HistoryStore history) {
    return history.sessions().stream()
        .filter(s -> s.status() == SessionStatus.ABORTED)
        .map(SessionSummary::id)
        .toList();
  }
}
