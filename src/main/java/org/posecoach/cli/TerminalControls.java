package org.posecoach.cli;

import java.io.PrintWriter;
import org.posecoach.pipeline.PosePipeline;
import org.posecoach.session.SessionEngine;
import org.posecoach.session.SessionPhase;
import org.posecoach.ui.live.SessionControls;

/**
 * Pause, skip, repeat and end for the terminal coach, as the window's live session does them: a
 * camera keeps running while the engine ignores its frames; a played file (or the demo clip) is
 * held where it is, so no part of it goes by uncoached and the demo still ends with all its reps.
 */
final class TerminalControls implements SessionControls {
  private final SessionEngine engine;
  private final PosePipeline pipeline;
  private final boolean playsFile;
  private final PrintWriter out;
  private boolean held;

  TerminalControls(
      SessionEngine engine, PosePipeline pipeline, boolean playsFile, PrintWriter out) {
    this.engine = engine;
    this.pipeline = pipeline;
    this.playsFile = playsFile;
    this.out = out;
  }

  @Override
  public synchronized void togglePause() {
    if (!playsFile) {
      engine.togglePause(); // the engine says Paused / Resumed itself
    } else if (held) {
      playOn();
      say("Going on.");
    } else if (engine.snapshot().phase() != SessionPhase.DONE) {
      held = true;
      pipeline.pause();
      say("Paused: the video is held. p and Enter to go on.");
    }
  }

  @Override
  public synchronized void skip() {
    engine.skip();
    playOn();
  }

  @Override
  public synchronized void repeat() {
    engine.repeat();
    playOn();
  }

  @Override
  public synchronized void endSession() {
    engine.end();
    playOn();
  }

  /** Whether a played file is held now. */
  synchronized boolean isHeld() {
    return held;
  }

  /** A held file plays on, so that its next frame carries what was asked. */
  private void playOn() {
    if (held) {
      held = false;
      pipeline.resume();
    }
  }

  private void say(String line) {
    synchronized (out) {
      out.println(line);
      out.flush();
    }
  }
}
