package org.posecoach.session;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.posecoach.motion.vocabulary.MotionEvent;
import org.posecoach.store.FormEventRecord;
import org.posecoach.store.HistoryStore;
import org.posecoach.store.HoldRecord;
import org.posecoach.store.RepRecord;
import org.posecoach.store.SessionId;
import org.posecoach.store.SessionStart;
import org.posecoach.store.SessionStatus;
import org.posecoach.store.StepId;
import org.posecoach.store.StepStart;

/**
 * Writes a session to the history as it happens: each rep, hold and form event is committed when it
 * is reported, so a crash loses at most the rep in progress.
 */
public final class HistoryRecorder implements SessionListener {
  private final HistoryStore store;
  private final String model;
  private final String source;
  private SessionId session;
  private StepId step;
  private double holdTargetSeconds;

  public HistoryRecorder(HistoryStore store, String model, String source) {
    this.store = store;
    this.model = model;
    this.source = source;
  }

  /** The session being recorded, once it has started. */
  public Optional<SessionId> session() {
    return Optional.ofNullable(session);
  }

  @Override
  public void onEvent(SessionEvent event) {
    if (event instanceof SessionEvent.SessionStarted s) {
      session =
          store.startSession(
              new SessionStart(
                  Instant.now(), s.routine().name(), s.routine().steps().size(), model, source));
    } else if (event instanceof SessionEvent.StepStarted s) {
      step = store.startStep(session, StepStart.of(s.index() + 1, s.step(), s.timeSeconds()));
      holdTargetSeconds = s.step().holdSeconds();
    } else if (event instanceof SessionEvent.Motion m && step != null) {
      record(m.timeSeconds(), m.event());
    } else if (event instanceof SessionEvent.StepEnded s && step != null) {
      store.endStep(
          step,
          s.status(),
          s.timeSeconds(),
          java.util.Optional.of(s.review().reason()),
          s.review().check());
      step = null;
    } else if (event instanceof SessionEvent.SessionEnded s && session != null) {
      store.endSession(
          session, s.completed() ? SessionStatus.COMPLETED : SessionStatus.ABORTED, Instant.now());
    }
  }

  private void record(double t, MotionEvent event) {
    if (event instanceof MotionEvent.RepCounted r) {
      store.recordRep(
          step,
          new RepRecord(
              r.count(),
              r.side(),
              Math.max(0, t - r.durationSeconds()),
              t,
              r.durationSeconds(),
              0, // the analyzer reports a short hold as a form event, not a per-rep time
              r.rangeFraction(),
              OptionalDouble.empty()));
    } else if (event instanceof MotionEvent.HoldCompleted h) {
      store.recordHold(
          step,
          new HoldRecord(
              h.count(),
              h.side(),
              Math.max(0, t - h.heldSeconds()),
              h.heldSeconds(),
              holdTargetSeconds));
    } else if (event instanceof MotionEvent.FormEvent f) {
      store.recordFormEvent(
          step,
          new FormEventRecord(
              t,
              f.issue().name().toLowerCase(Locale.ROOT),
              f.severity().name().toLowerCase(Locale.ROOT),
              f.cue(),
              f.side()));
    }
  }
}
