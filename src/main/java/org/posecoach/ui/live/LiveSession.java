package org.posecoach.ui.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.posecoach.motion.vocabulary.MotionEvent;
import org.posecoach.pipeline.FrameResult;
import org.posecoach.pipeline.PipelineListener;
import org.posecoach.pipeline.PipelineSummary;
import org.posecoach.pipeline.PosePipeline;
import org.posecoach.pose.PoseEstimator;
import org.posecoach.pose.smoothing.OneEuroKeypointFilter;
import org.posecoach.routine.Routine;
import org.posecoach.session.HistoryRecorder;
import org.posecoach.session.SessionEngine;
import org.posecoach.session.SessionEvent;
import org.posecoach.session.SessionFeeder;
import org.posecoach.session.SessionPhase;
import org.posecoach.session.SessionSnapshot;
import org.posecoach.source.CapturedFrame;
import org.posecoach.source.FrameSource;
import org.posecoach.speech.LiveVoice;
import org.posecoach.store.HistoryStore;
import org.posecoach.store.SessionId;

/**
 * One coaching session running behind the coach view: source → pose pipeline → session engine, with
 * every rep written to the history as it happens. Nothing here waits for the screen: the pipeline
 * threads leave their results where the screen can pull them, once per rendered frame.
 *
 * <ul>
 *   <li>video: the newest frame, scaled for the screen, in {@link #frames()} (written by the
 *       capture thread);
 *   <li>pose and timings: the newest {@link FrameResult} ({@link #latestResult()});
 *   <li>session: the engine's {@link #snapshot()}, and its events in a queue ({@link #pollEvent()})
 *       so that no counted rep is missed between two frames on screen;
 *   <li>end: {@link #end()} once the stream stopped, with the reason if it broke.
 * </ul>
 *
 * <p>Pausing a camera session leaves the camera running and the engine ignores its frames until the
 * session goes on. A file (or the demo clip), played at its own pace, is held where it is instead:
 * no frame of it goes by uncoached, and as the engine's clock is the file's, it stands still too (a
 * rest countdown included).
 *
 * <pre>{@code
 * try (LiveSession live =
 *     new LiveSession(source, estimator, routine, history, "blazepose-full", false, voice)) {
 *   live.start();
 *   … each pulse: live.frames().takeFresh(); live.snapshot(); live.pollEvent(); …
 * }
 * }</pre>
 *
 * The session owns the source and the estimator and closes them.
 */
public final class LiveSession implements SessionControls, AutoCloseable {
  private final FrameTap tap;
  private final PoseEstimator estimator;
  private final SessionEngine engine;
  private final HistoryRecorder recorder;
  private final PosePipeline pipeline;
  private final Queue<SessionEvent> events = new ConcurrentLinkedQueue<>();
  private final AtomicReference<FrameResult> latest = new AtomicReference<>();
  private final AtomicReference<PipelineSummary> ended = new AtomicReference<>();
  private final String sourceDescription;
  private final HistoryStore history;
  private final PlaybackControls controls;
  private final Optional<LiveVoice> voice;
  private volatile boolean started;

  /**
   * @param history where the session is recorded as it goes
   * @param modelId recorded with the session
   * @param playsFile the source plays a file at its own pace (not a camera): pausing holds it
   * @param voice speaks the session (counts, holds, cues); closed with the session
   */
  public LiveSession(
      FrameSource source,
      PoseEstimator estimator,
      Routine routine,
      HistoryStore history,
      String modelId,
      boolean playsFile,
      Optional<LiveVoice> voice) {
    this.voice = voice;
    this.tap = new FrameTap(source, new FrameBuffers());
    this.estimator = estimator;
    this.sourceDescription = source.info().description();
    this.history = history;
    this.engine = new SessionEngine(routine, SessionEngine.Options.COACHING);
    this.recorder = new HistoryRecorder(history, modelId, sourceDescription);
    engine.addListener(recorder); // first: the rep is on disk before the screen hears of it
    engine.addListener(this::keepForScreen);
    this.pipeline =
        new PosePipeline(
            tap,
            estimator,
            new OneEuroKeypointFilter(OneEuroKeypointFilter.Settings.COACHING),
            listeners(estimator, voice));
    this.controls = new PlaybackControls(engine, pipeline, playsFile, held -> {});
  }

  private List<PipelineListener> listeners(PoseEstimator estimator, Optional<LiveVoice> voice) {
    List<PipelineListener> listeners = new ArrayList<>();
    listeners.add(new SessionFeeder(engine, estimator));
    voice.ifPresent(v -> listeners.add(v.feeder(engine))); // after: the frame's events are in
    listeners.add(new ResultTap());
    return listeners;
  }

  /** The session's voice, when it speaks. */
  public Optional<LiveVoice> voice() {
    return voice;
  }

  /** Starts the pipeline threads. */
  public void start() {
    started = true;
    pipeline.start();
  }

  /** The newest video frame for the screen, and where to ask for its size. */
  public FrameBuffers frames() {
    return tap.buffers();
  }

  public FrameTap tap() {
    return tap;
  }

  /** The newest processed frame's result (pose, timings); empty before the first. */
  public Optional<FrameResult> latestResult() {
    return Optional.ofNullable(latest.get());
  }

  /** Frames that went through pose inference so far. */
  public long posesProcessed() {
    return pipeline.framesProcessed();
  }

  /** The engine's latest state; paused while a played file is held. */
  public SessionSnapshot snapshot() {
    SessionSnapshot s = engine.snapshot();
    return controls.isHeld() && s.phase() != SessionPhase.DONE ? asPaused(s) : s;
  }

  /** The oldest session event the screen has not taken yet, or null. Any thread. */
  public SessionEvent pollEvent() {
    return events.poll();
  }

  /** How the stream ended, once it has (a broken camera's message is in its error). */
  public Optional<PipelineSummary> end() {
    return Optional.ofNullable(ended.get());
  }

  /** The history's id for this session, once its first frame was seen. */
  public Optional<SessionId> sessionId() {
    return recorder.session();
  }

  /** Where the session is recorded. */
  public HistoryStore history() {
    return history;
  }

  public Routine routine() {
    return engine.routine();
  }

  @Override
  public void togglePause() {
    controls.togglePause();
  }

  @Override
  public void skip() {
    controls.skip();
  }

  @Override
  public void repeat() {
    controls.repeat();
  }

  /** Ends the session on the next frame (the pipeline stops when closed). */
  @Override
  public void endSession() {
    controls.endSession();
  }

  /**
   * Stops the threads, then closes the source and the estimator. Blocks for up to a frame. A
   * session never started records nothing.
   */
  @Override
  public void close() {
    try {
      if (started) {
        pipeline.close();
      }
    } finally {
      try {
        tap.close();
      } finally {
        estimator.close();
        voice.ifPresent(LiveVoice::close);
      }
    }
  }

  /** The state as the engine shows it while paused: the same, its rest countdown stopped. */
  private static SessionSnapshot asPaused(SessionSnapshot s) {
    return new SessionSnapshot(
        s.routineName(),
        s.stepIndex(),
        s.stepCount(),
        s.step(),
        SessionPhase.PAUSED,
        s.analyzer(),
        s.expectedSide(),
        s.restRemainingSeconds(),
        s.restSeconds(),
        s.elapsedSeconds());
  }

  private void keepForScreen(SessionEvent event) {
    if (event instanceof SessionEvent.Motion m && !forScreen(m.event())) {
      return;
    }
    events.add(event);
  }

  /** Motion events the screen acts on; cues and states come with every snapshot anyway. */
  private static boolean forScreen(MotionEvent event) {
    return event instanceof MotionEvent.RepCounted
        || event instanceof MotionEvent.HoldCompleted
        || event instanceof MotionEvent.FormEvent;
  }

  /** Leaves each result where the screen can pull it; runs on the inference thread. */
  private final class ResultTap implements PipelineListener {
    @Override
    public void onFrame(CapturedFrame frame, FrameResult result) {
      latest.set(result);
    }

    @Override
    public void onEnd(PipelineSummary summary) {
      ended.set(summary);
    }
  }
}
