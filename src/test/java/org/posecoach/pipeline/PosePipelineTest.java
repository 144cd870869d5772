package org.posecoach.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.posecoach.pose.Joint;
import org.posecoach.pose.smoothing.KeypointFilter;
import org.posecoach.source.CapturedFrame;
import org.posecoach.source.FramePool;
import org.posecoach.source.FrameSource;
import org.posecoach.source.SourceException;
import org.posecoach.source.SourceInfo;
import org.posecoach.source.SourceOptions;
import org.posecoach.source.Sources;
import org.posecoach.testing.FakeEstimator;
import org.posecoach.testing.TestVideos;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PosePipelineTest {
  @TempDir Path dir;

  /** Records what reaches a listener. */
  static final class Recorder implements PipelineListener {
    final List<Long> sequences = Collections.synchronizedList(new ArrayList<>());
    final List<FrameResult> results = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger ends = new AtomicInteger();

    @Override
    public void onFrame(CapturedFrame frame, FrameResult result) {
      assertTrue(frame.bgr().cols() > 0, "the frame is valid during the call");
      sequences.add(result.sequence());
      results.add(result);
    }

    @Override
    public void onEnd(PipelineSummary summary) {
      ends.incrementAndGet();
    }
  }

  @Test
  void aFileIsProcessedCompletelyInOrderWithoutDrops() throws Exception {
    Path video = TestVideos.write(dir.resolve("clip.mp4"), 90, 160, 120, 30);
    Recorder recorder = new Recorder();
    PoolWatch source = new PoolWatch(Sources.open(video.toString(), SourceOptions.DEFAULT));
    try (source;
        FakeEstimator estimator = new FakeEstimator(2);
        PosePipeline pipeline =
            new PosePipeline(source, estimator, KeypointFilter.NONE, List.of(recorder))) {
      pipeline.start();
      PipelineSummary summary = pipeline.awaitEnd();
      assertEquals(90, summary.framesProcessed());
      assertEquals(0, summary.framesDropped());
      assertTrue(summary.error().isEmpty());
      for (int i = 0; i < 90; i++) {
        assertEquals(i, recorder.sequences.get(i));
      }
      assertEquals(1, recorder.ends.get());
      int buffers = summary.frameBuffers();
      assertTrue(buffers > 0 && buffers < 10, buffers + " frame buffers for 90 frames");
    }
    assertEquals(0, source.framesNeverClosed(), "every frame closed");
  }

  @Test
  void aLiveSourceSkipsStaleFramesSoTheNewestIsAlwaysProcessed() throws Exception {
    Path video = TestVideos.write(dir.resolve("clip.mp4"), 45, 160, 120, 30);
    Recorder recorder = new Recorder();
    // Inference takes 70 ms, frames arrive every 33 ms: about every other frame must be skipped.
    PoolWatch camera =
        new PoolWatch(Sources.open(video.toString(), SourceOptions.DEFAULT.withPaced(true)));
    try (camera;
        FakeEstimator estimator = new FakeEstimator(70);
        PosePipeline pipeline =
            new PosePipeline(camera, estimator, KeypointFilter.NONE, List.of(recorder))) {
      assertTrue(camera.info().live());
      pipeline.start();
      PipelineSummary summary = pipeline.awaitEnd();
      assertTrue(summary.framesDropped() > 10, "dropped " + summary.framesDropped());
      assertEquals(summary.framesCaptured(), summary.framesProcessed() + summary.framesDropped());
      for (int i = 1; i < recorder.sequences.size(); i++) {
        assertTrue(recorder.sequences.get(i) > recorder.sequences.get(i - 1));
      }
      // Never more than one frame of waiting: latency stays near one inference plus one frame.
      assertTrue(
          summary.captureToPose().p95() < 70 + 33 + 40, "p95 " + summary.captureToPose().p95());
    }
    assertEquals(0, camera.framesNeverClosed());
  }

  @Test
  void pausingAPacedFileHoldsItWhereItIsAndLosesNoFrame() throws Exception {
    // Three seconds played as a camera would deliver them, paused for a second after the first.
    Path video = TestVideos.write(dir.resolve("clip.mp4"), 90, 160, 120, 30);
    Recorder recorder = new Recorder();
    PoolWatch file =
        new PoolWatch(Sources.open(video.toString(), SourceOptions.DEFAULT.withPaced(true)));
    try (file;
        FakeEstimator estimator = new FakeEstimator(2);
        PosePipeline pipeline =
            new PosePipeline(file, estimator, KeypointFilter.NONE, List.of(recorder))) {
      pipeline.start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (recorder.sequences.size() < 30 && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      pipeline.pause();
      Thread.sleep(150); // a frame being read as the pause came is still processed
      int atPause = recorder.sequences.size();
      Thread.sleep(1000);
      assertEquals(atPause, recorder.sequences.size(), "the file went on while paused");
      pipeline.resume();
      PipelineSummary summary = pipeline.awaitEnd();
      assertEquals(90, summary.framesCaptured(), "the whole file was read");
      assertEquals(
          summary.framesCaptured(),
          summary.framesProcessed() + summary.framesDropped(),
          "every frame read was processed, or skipped for a newer one");
      // Held frames are not released in a rush on resume (a rush would skip the second that came
      // due while paused): the rest of the clip plays at its pace, after the pause.
      assertTrue(summary.framesDropped() < 15, "dropped " + summary.framesDropped());
      assertTrue(summary.wallSeconds() > 3.8, "ran " + summary.wallSeconds() + " s");
    }
    assertEquals(0, file.framesNeverClosed());
  }

  @Test
  void aCameraUnpluggedMidStreamEndsTheRunWithAMessageAndKeepsWhatCameBefore() throws Exception {
    Recorder recorder = new Recorder();
    PoolWatch unplugged = new PoolWatch(new FailingCamera(10));
    try (unplugged;
        FakeEstimator estimator = new FakeEstimator(1);
        PosePipeline pipeline =
            new PosePipeline(unplugged, estimator, KeypointFilter.NONE, List.of(recorder))) {
      pipeline.start();
      PipelineSummary summary = pipeline.awaitEnd(20, TimeUnit.SECONDS);
      assertNotNull(summary, "the pipeline must end, not hang");
      assertTrue(summary.error().orElse("").contains("unplugged"), summary.toString());
      assertFalse(recorder.sequences.isEmpty(), "frames before the failure were processed");
      assertEquals(1, recorder.ends.get());
    }
    assertEquals(0, unplugged.framesNeverClosed());
  }

  @Test
  void aFailingModelEndsTheRunWithoutHanging() throws Exception {
    Path video = TestVideos.write(dir.resolve("clip.mp4"), 60, 160, 120, 30);
    Recorder recorder = new Recorder();
    PipelineListener failing =
        (frame, result) -> {
          if (result.sequence() == 20) {
            throw new IllegalStateException("listener broke at frame 20");
          }
        };
    PoolWatch source = new PoolWatch(Sources.open(video.toString(), SourceOptions.DEFAULT));
    try (source;
        FakeEstimator estimator = new FakeEstimator(1);
        PosePipeline pipeline =
            new PosePipeline(source, estimator, KeypointFilter.NONE, List.of(recorder, failing))) {
      pipeline.start();
      PipelineSummary summary = pipeline.awaitEnd(20, TimeUnit.SECONDS);
      assertNotNull(summary);
      assertTrue(summary.error().orElse("").contains("frame 20"), summary.toString());
      assertEquals(21, recorder.sequences.size());
    }
    assertEquals(0, source.framesNeverClosed());
  }

  @Test
  void stopAndPauseAreIdempotentAndStopJoinsBothThreads() throws Exception {
    Path video = TestVideos.write(dir.resolve("clip.mp4"), 300, 160, 120, 30);
    Recorder recorder = new Recorder();
    PoolWatch source = new PoolWatch(Sources.open(video.toString(), SourceOptions.DEFAULT));
    try (source;
        FakeEstimator estimator = new FakeEstimator(5)) {
      PosePipeline pipeline =
          new PosePipeline(source, estimator, KeypointFilter.NONE, List.of(recorder));
      pipeline.start();
      pipeline.start();
      Thread.sleep(100);
      pipeline.pause();
      pipeline.pause();
      Thread.sleep(100); // let a frame in flight finish
      int atPause = recorder.sequences.size();
      Thread.sleep(200);
      assertTrue(recorder.sequences.size() <= atPause + 1, "paused, yet frames kept coming");
      pipeline.resume();
      pipeline.stop();
      pipeline.stop();
      pipeline.close();
      assertEquals(1, recorder.ends.get(), "onEnd exactly once");
      assertEquals(0, source.framesNeverClosed());
      assertTrue(
          Thread.getAllStackTraces().keySet().stream()
              .noneMatch(t -> t.getName().startsWith("pose-") && t.isAlive()),
          "threads joined");
      assertFalse(estimator.closed(), "the caller owns the estimator");
    }
  }

  @Test
  void aMirroredSourceGivesPosesWithThePersonsOwnSides() throws Exception {
    Path video = TestVideos.write(dir.resolve("clip.mp4"), 3, 160, 120, 30);
    Recorder recorder = new Recorder();
    try (FrameSource source =
            Sources.open(video.toString(), SourceOptions.DEFAULT.withMirror(true));
        FakeEstimator estimator = new FakeEstimator(0);
        PosePipeline pipeline =
            new PosePipeline(source, estimator, KeypointFilter.NONE, List.of(recorder))) {
      pipeline.start();
      pipeline.awaitEnd();
      // The fake model calls the joint at the image's left "left"; in a mirrored frame that is
      // the person's right, so the pipeline renames it.
      var pose = recorder.results.get(0).pose().orElseThrow();
      assertEquals(160 * 0.75, pose.get(Joint.LEFT_SHOULDER).x(), 1e-9);
    }
  }

  /** Passes a source through, keeping the frame pool the pipeline gives it, to check for leaks. */
  static final class PoolWatch implements FrameSource {
    private final FrameSource source;
    private volatile FramePool pool;

    PoolWatch(FrameSource source) {
      this.source = source;
    }

    /**
     * Frames never closed, once the pipeline has closed its pool (which frees the spare buffers, so
     * what stays allocated is held by frames): 0 when nothing leaks.
     */
    int framesNeverClosed() {
      return pool == null ? 0 : pool.allocated();
    }

    @Override
    public SourceInfo info() {
      return source.info();
    }

    @Override
    public CapturedFrame next(FramePool pool) {
      this.pool = pool;
      return source.next(pool);
    }

    @Override
    public void close() {
      source.close();
    }
  }

  /** A live source that fails like a camera pulled out after {@code frames} frames. */
  static final class FailingCamera implements FrameSource {
    private final int frames;
    private final org.bytedeco.opencv.opencv_core.Mat image =
        new org.bytedeco.opencv.opencv_core.Mat(
            120, 160, org.bytedeco.opencv.global.opencv_core.CV_8UC3);
    private int sent;

    FailingCamera(int frames) {
      this.frames = frames;
    }

    @Override
    public SourceInfo info() {
      return new SourceInfo("test camera", true, 160, 120, 30, 160, 120, 30, -1, false);
    }

    @Override
    public CapturedFrame next(FramePool pool) {
      if (sent >= frames) {
        throw new SourceException("test camera stopped delivering frames (unplugged?)");
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      long now = System.nanoTime();
      return pool.frameOf(image, sent++, now, now);
    }

    @Override
    public void close() {
      image.close();
    }
  }
}
