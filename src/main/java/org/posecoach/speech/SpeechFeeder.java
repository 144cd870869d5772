package org.posecoach.speech;

import java.util.Objects;
import org.posecoach.pipeline.FrameResult;
import org.posecoach.pipeline.PipelineListener;
import org.posecoach.pipeline.PipelineSummary;
import org.posecoach.session.SessionEngine;
import org.posecoach.session.SessionEvent;
import org.posecoach.session.SessionListener;
import org.posecoach.session.SessionPhase;
import org.posecoach.session.SessionSnapshot;
import org.posecoach.source.CapturedFrame;

/**
 * Connects a session to a voice: the engine's events and, once a frame, the hold's progress go to a
 * {@link SpeechScheduler}; what it starts goes to a {@link VoiceOutput}. Add it to the pipeline
 * after the {@link org.posecoach.session.SessionFeeder}, so each frame's events are in before it
 * asks what is due. Costs the frame thread a few comparisons: no synthesis, no sound.
 *
 * <pre>{@code
 * SpeechFeeder speech = SpeechFeeder.attach(engine, scheduler, player);
 * new PosePipeline(source, estimator, filter, List.of(new SessionFeeder(engine, estimator), speech));
 * }</pre>
 */
public final class SpeechFeeder implements PipelineListener, SessionListener {
  private final SessionEngine engine;
  private final SpeechScheduler scheduler;
  private final VoiceOutput output;

  private SpeechFeeder(SessionEngine engine, SpeechScheduler scheduler, VoiceOutput output) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.output = Objects.requireNonNull(output, "output");
  }

  /** A feeder listening to {@code engine}'s events. */
  public static SpeechFeeder attach(
      SessionEngine engine, SpeechScheduler scheduler, VoiceOutput output) {
    SpeechFeeder feeder = new SpeechFeeder(engine, scheduler, output);
    engine.addListener(feeder);
    return feeder;
  }

  @Override
  public void onEvent(SessionEvent event) {
    scheduler.onEvent(event);
  }

  @Override
  public void onFrame(CapturedFrame frame, FrameResult result) {
    SessionSnapshot s = engine.snapshot();
    if (s == null) {
      return;
    }
    double now = s.elapsedSeconds();
    double held =
        s.phase() == SessionPhase.ACTIVE ? s.analyzer().map(a -> a.holdProgress()).orElse(0.0) : 0;
    scheduler.onHoldProgress(now, s.step().holdSeconds(), held);
    scheduler.due(now).forEach(output::speak);
  }

  /** The stream is over: what is still waiting (the end summary) is said now. */
  @Override
  public void onEnd(PipelineSummary summary) {
    scheduler.drain().forEach(output::speak);
  }
}
