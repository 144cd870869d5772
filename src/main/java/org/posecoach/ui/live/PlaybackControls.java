package org.posecoach.ui.live;

import org.posecoach.pipeline.PosePipeline;
import org.posecoach.session.SessionEngine;
import org.posecoach.session.SessionPhase;

/**
 * Pause, skip, repeat and end over a session engine and the pipeline that feeds it, for the window
 * and the terminal coach alike. A camera keeps running while the engine ignores its frames (the
 * engine reports Paused and Resumed itself); a played file (or the demo clip) is held where it is
 * instead, so no part of it goes by uncoached and the demo still ends with all its reps.
 */
public final class PlaybackControls implements SessionControls {
  /** Told when the user's pause holds a played file, or lets it play on. */
  public interface HoldListener {
    void held(boolean held);
  }

  private final SessionEngine engine;
  private final PosePipeline pipeline;
  private final boolean playsFile;
  private final HoldListener listener;
  private volatile boolean held;

  /**
   * @param playsFile the source plays a file at its own pace (not a camera): pausing holds it
   */
  public PlaybackControls(
      SessionEngine engine, PosePipeline pipeline, boolean playsFile, HoldListener listener) {
    this.engine = engine;
    this.pipeline = pipeline;
    this.playsFile = playsFile;
    this.listener = listener;
  }

  /** A camera: the engine pauses on the next frame. A played file: held, or played on, at once. */
  @Override
  public synchronized void togglePause() {
    if (!playsFile) {
      engine.togglePause();
    } else if (held) {
      playOn();
      listener.held(false);
    } else if (engine.snapshot().phase() != SessionPhase.DONE) {
      held = true;
      pipeline.pause();
      listener.held(true);
    }
  }

  @Override
  public void skip() {
    engine.skip();
    playOn();
  }

  @Override
  public void repeat() {
    engine.repeat();
    playOn();
  }

  @Override
  public void endSession() {
    engine.end();
    playOn();
  }

  /** Whether a played file is held now. */
  public boolean isHeld() {
    return held;
  }

  /**
   * Lets a held file play on, its next frame carrying what was asked: skip, repeat and end go on
   * from a pause, as the engine's own pause does.
   */
  private synchronized void playOn() {
    if (held) {
      held = false;
      pipeline.resume();
    }
  }
}
