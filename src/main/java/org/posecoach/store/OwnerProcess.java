package org.posecoach.store;

import java.time.Instant;
import java.util.Optional;

/**
 * The process recording a session. A session left {@code in_progress} by a process that is gone was
 * cut short (crash, kill, power cut); one whose process still runs is being recorded now, for
 * example while {@code pose-coach history} is run beside the app, and must be left alone. The start
 * time tells a reused process id from the original.
 *
 * @param startedAtMillis the process's start (epoch ms), when the OS tells it
 */
record OwnerProcess(long pid, Optional<Long> startedAtMillis) {
  static OwnerProcess current() {
    ProcessHandle self = ProcessHandle.current();
    return new OwnerProcess(self.pid(), startOf(self));
  }

  /** Whether this process still runs. */
  boolean isAlive() {
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .map(p -> startedAtMillis.isEmpty() || startOf(p).equals(startedAtMillis))
        .orElse(false);
  }

  private static Optional<Long> startOf(ProcessHandle process) {
    return process.info().startInstant().map(Instant::toEpochMilli);
  }
}
