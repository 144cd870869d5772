package org.posecoach.concurrent;

/** Thread helpers the stages' own worker threads share. */
public final class Threads {
  private Threads() {}

  /**
   * Waits until {@code thread} has ended, even when the caller is interrupted meanwhile (a worker
   * must be gone before its resources are closed); the caller's interrupt is restored afterwards.
   */
  public static void joinUninterruptibly(Thread thread) {
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
