package org.posecoach.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * JavaFX for tests without a display: Monocle's headless glass with the software renderer, started
 * once per test JVM. Helpers run code on the JavaFX thread and wait for conditions.
 */
public final class Fx {
  private static boolean started;

  private Fx() {}

  /** Starts the toolkit headless (once; later calls do nothing). */
  public static synchronized void start() throws InterruptedException {
    if (started) {
      return;
    }
    System.setProperty("glass.platform", "Monocle");
    System.setProperty("monocle.platform", "Headless");
    System.setProperty("prism.order", "sw");
    System.setProperty("java.awt.headless", "true");
    CountDownLatch up = new CountDownLatch(1);
    Platform.startup(up::countDown);
    if (!up.await(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("JavaFX did not start");
    }
    Platform.setImplicitExit(false);
    started = true;
  }

  /** Runs {@code task} on the JavaFX thread and returns its result. */
  public static <T> T call(Callable<T> task) throws Exception {
    CompletableFuture<T> result = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            result.complete(task.call());
          } catch (Throwable e) {
            result.completeExceptionally(e);
          }
        });
    try {
      return result.get(30, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }

  public static void run(Runnable task) throws Exception {
    call(
        () -> {
          task.run();
          return null;
        });
  }

  /** Waits until {@code condition}, checked on the JavaFX thread, holds. */
  public static void waitUntil(BooleanSupplier condition, Duration timeout, String what)
      throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!call(condition::getAsBoolean)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "timed out after " + timeout.toSeconds() + " s waiting for " + what);
      }
      Thread.sleep(20);
    }
  }

  /** Snapshots the scene on the JavaFX thread; encodes and writes the PNG on this thread. */
  public static Path screenshot(Scene scene, Path file) throws Exception {
    WritableImage image = call(() -> scene.snapshot(null));
    BufferedImage png = SwingFXUtils.fromFXImage(image, null);
    try {
      Files.createDirectories(file.getParent());
      ImageIO.write(png, "png", file.toFile());
    } catch (IOException e) {
      throw new IOException("cannot write " + file, e);
    }
    return file;
  }

  public static Duration seconds(long s) {
    return Duration.ofSeconds(s);
  }
}
