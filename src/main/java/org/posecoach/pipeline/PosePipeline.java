package org.posecoach.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.posecoach.concurrent.Threads;
import org.posecoach.pose.EstimateTimings;
import org.posecoach.pose.Pose;
import org.posecoach.pose.PoseEstimator;
import org.posecoach.pose.smoothing.KeypointFilter;
import org.posecoach.source.CapturedFrame;
import org.posecoach.source.FramePool;
import org.posecoach.source.FrameSource;
import org.posecoach.source.SourceInfo;

/**
 * Frames → poses → listeners, on two threads: a capture thread reads the source while an inference
 * thread estimates, smooths and hands each result to the listeners (rep detection, overlay,
 * recorder) in frame order.
 *
 * <p>A live source (camera) never queues: the newest frame replaces one not yet taken, so the pose
 * shown is always of the latest frame; replaced frames are counted as dropped. A file source is
 * read with back-pressure and no frame is ever dropped. Every frame is closed exactly once, on
 * every path. {@link #start()}, {@link #pause()}, {@link #resume()} and {@link #stop()} are
 * idempotent; {@link #stop()} joins both threads. A run's frame buffers come from one pool and are
 * recycled: {@link PipelineSummary#frameBuffers()} says how many it held at the end.
 *
 * <pre>{@code
 * try (PosePipeline pipeline = new PosePipeline(source, estimator, filter, List.of(listener))) {
 *   pipeline.start();
 *   PipelineSummary summary = pipeline.awaitEnd();
 * }
 * }</pre>
 */
public final class PosePipeline implements AutoCloseable {
  /** A file is read at most this many frames ahead of inference. */
  private static final int FILE_QUEUE_FRAMES = 3;

  /** Latency samples kept (an hour at 30 fps); later frames still count, unsampled. */
  private static final int MAX_LATENCY_SAMPLES = 108_000;

  private static final CapturedFrame END = null;

  private final FrameSource source;
  private final SourceInfo info;
  private final PoseEstimator estimator;
  private final KeypointFilter filter;
  private final List<PipelineListener> listeners;
  private final FramePool pool = new FramePool();
  private final BlockingQueue<Optional<CapturedFrame>> queue;
  private final AtomicReference<CapturedFrame> latest = new AtomicReference<>();
  private final Object signal = new Object();
  private final CountDownLatch ended = new CountDownLatch(1);
  private final AtomicReference<String> error = new AtomicReference<>();
  private final AtomicLong captured = new AtomicLong();
  private final AtomicLong processed = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong withPose = new AtomicLong();
  private final double[] latencies = new double[MAX_LATENCY_SAMPLES];

  private Thread captureThread;
  private Thread inferenceThread;
  private volatile boolean stopping;
  private volatile boolean paused;
  private volatile boolean sourceEnded;
  private long startNanos;
  private long endNanos;
  private PipelineSummary summary;

  /**
   * @param filter smoothing applied to each pose ({@link KeypointFilter#NONE} for none)
   * @param listeners called for every processed frame on the inference thread
   */
  public PosePipeline(
      FrameSource source,
      PoseEstimator estimator,
      KeypointFilter filter,
      List<PipelineListener> listeners) {
    this.source = source;
    this.info = source.info();
    this.estimator = estimator;
    this.filter = Objects.requireNonNull(filter, "filter");
    this.listeners = List.copyOf(listeners);
    this.queue = new ArrayBlockingQueue<>(FILE_QUEUE_FRAMES);
  }

  /** Starts both threads; a second call does nothing. */
  public synchronized void start() {
    if (captureThread != null) {
      return;
    }
    startNanos = System.nanoTime();
    captureThread = new Thread(this::captureLoop, "pose-capture");
    inferenceThread = new Thread(this::inferenceLoop, "pose-inference");
    captureThread.setDaemon(true);
    inferenceThread.setDaemon(true);
    inferenceThread.start();
    captureThread.start();
  }

  /**
   * Stops reading the source until {@link #resume()}: a file played at its own pace (paced, so
   * live) waits where it is, and frames already read are still processed. Not for a camera, which
   * keeps delivering whether read or not: a paused camera session ignores frames instead.
   */
  public void pause() {
    paused = true;
  }

  /** Reads the source again from where {@link #pause()} left it. */
  public void resume() {
    paused = false;
    synchronized (signal) {
      signal.notifyAll();
    }
  }

  /** Frames processed so far, safe to read from any thread. */
  public long framesProcessed() {
    return processed.get();
  }

  /** Waits until the source ends (or fails) and every frame is processed. */
  public PipelineSummary awaitEnd() throws InterruptedException {
    ended.await();
    return summary;
  }

  /** Like {@link #awaitEnd()}, giving up after {@code timeout}; null if still running. */
  public PipelineSummary awaitEnd(long timeout, TimeUnit unit) throws InterruptedException {
    return ended.await(timeout, unit) ? summary : null;
  }

  /** Stops both threads, waits for them, and closes any frame still in flight. Idempotent. */
  public void stop() {
    Thread capture;
    Thread inference;
    synchronized (this) {
      stopping = true;
      capture = captureThread;
      inference = inferenceThread;
    }
    resume(); // wake a paused loop so it can see the stop
    if (capture != null) {
      capture.interrupt();
      Threads.joinUninterruptibly(capture);
    }
    if (inference != null) {
      inference.interrupt();
      Threads.joinUninterruptibly(inference);
    }
    drain();
    if (capture == null) {
      finish(); // never started: still end cleanly
    }
  }

  @Override
  public void close() {
    stop();
    pool.close();
  }

  // ---------------------------------------------------------------- capture

  private void captureLoop() {
    try {
      while (!stopping) {
        if (paused) {
          waitWhilePaused();
          continue;
        }
        CapturedFrame frame = source.next(pool);
        if (frame == null) {
          break;
        }
        captured.incrementAndGet();
        if (info.live()) {
          offerLatest(frame);
        } else if (!enqueue(frame)) {
          break;
        }
      }
    } catch (RuntimeException e) {
      if (!stopping) {
        error.compareAndSet(null, e.getMessage());
      }
    } finally {
      sourceEnded = true;
      if (!info.live()) {
        enqueueEnd();
      }
      synchronized (signal) {
        signal.notifyAll();
      }
    }
  }

  private void waitWhilePaused() {
    synchronized (signal) {
      while (paused && !stopping) {
        try {
          signal.wait(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private void offerLatest(CapturedFrame frame) {
    CapturedFrame stale = latest.getAndSet(frame);
    if (stale != null) {
      stale.close();
      dropped.incrementAndGet();
    }
    synchronized (signal) {
      signal.notifyAll();
    }
  }

  /** Blocks while inference is behind; false when stopping interrupted the wait. */
  private boolean enqueue(CapturedFrame frame) {
    try {
      while (!stopping) {
        if (queue.offer(Optional.of(frame), 50, TimeUnit.MILLISECONDS)) {
          return true;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    frame.close();
    return false;
  }

  private void enqueueEnd() {
    // The end marker must get through even when the queue is full and inference has stopped.
    while (!queue.offer(Optional.empty())) {
      if (stopping) {
        return;
      }
      Thread.onSpinWait();
    }
  }

  // ---------------------------------------------------------------- inference

  private void inferenceLoop() {
    try {
      while (!stopping) {
        CapturedFrame frame = info.live() ? takeLatest() : takeQueued();
        if (frame == END) {
          break;
        }
        try (frame) {
          process(frame);
        }
      }
    } catch (RuntimeException e) {
      if (!stopping) {
        error.compareAndSet(null, e.getMessage() != null ? e.getMessage() : e.toString());
        stopping = true;
        if (captureThread != null) {
          captureThread.interrupt();
        }
      }
    } finally {
      // The capture thread may still hold a frame: let it finish before the last drain, so no
      // frame outlives the run and awaitEnd() returns with both threads done.
      stopping = true;
      Thread capture = captureThread;
      if (capture != null && capture != Thread.currentThread()) {
        capture.interrupt();
        Threads.joinUninterruptibly(capture);
      }
      drain();
      finish();
    }
  }

  private CapturedFrame takeLatest() {
    synchronized (signal) {
      while (!stopping) {
        CapturedFrame frame = latest.getAndSet(null);
        if (frame != null) {
          return frame;
        }
        if (sourceEnded) {
          return END;
        }
        try {
          signal.wait(100);
        } catch (InterruptedException e) {
          return END;
        }
      }
    }
    return END;
  }

  private CapturedFrame takeQueued() {
    try {
      while (!stopping) {
        Optional<CapturedFrame> item = queue.poll(100, TimeUnit.MILLISECONDS);
        if (item != null) {
          return item.orElse(END);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return END;
  }

  private void process(CapturedFrame frame) {
    long poseStart = System.nanoTime();
    Optional<Pose> pose = estimator.estimate(frame.modelImage(), frame.timestampNanos());
    EstimateTimings estimate = estimator.lastTimings();
    if (frame.scaledForModels()) {
      // Every consumer (overlay, motion, reports) reads keypoints in the frame's own pixels.
      pose = pose.map(p -> p.resizedTo(frame.width(), frame.height()));
    }
    if (info.mirrored()) {
      pose = pose.map(Pose::withSidesSwapped);
    }
    if (pose.isPresent()) {
      pose = Optional.of(filter.apply(pose.get()));
    } else {
      filter.reset();
    }
    long poseDone = System.nanoTime();
    FrameTimings timings = new FrameTimings(frame.captureNanos(), poseStart, poseDone, poseDone);
    FrameResult result =
        new FrameResult(
            frame.sequence(),
            frame.timestampNanos(),
            frame.width(),
            frame.height(),
            pose,
            timings,
            estimate,
            dropped.get());
    for (PipelineListener l : listeners) {
      l.onFrame(frame, result);
    }
    long n = processed.getAndIncrement();
    if (n < latencies.length) {
      latencies[(int) n] = timings.captureToPoseMs();
    }
    if (pose.isPresent()) {
      withPose.incrementAndGet();
    }
  }

  /** Closes frames still queued or waiting (stop, failure). */
  private void drain() {
    CapturedFrame waiting = latest.getAndSet(null);
    if (waiting != null) {
      waiting.close();
    }
    for (Optional<CapturedFrame> item; (item = queue.poll()) != null; ) {
      item.ifPresent(CapturedFrame::close);
    }
  }

  private synchronized void finish() {
    if (summary != null) {
      return;
    }
    endNanos = System.nanoTime();
    long n = processed.get();
    summary =
        new PipelineSummary(
            info,
            captured.get(),
            n,
            dropped.get(),
            withPose.get(),
            startNanos == 0 ? 0 : (endNanos - startNanos) / 1e9,
            Optional.ofNullable(error.get()),
            LatencyStats.of(latencies, (int) Math.min(n, latencies.length)),
            pool.allocated());
    for (PipelineListener l : listeners) {
      try {
        l.onEnd(summary);
      } catch (RuntimeException e) {
        error.compareAndSet(null, e.getMessage());
      }
    }
    ended.countDown();
  }
}
