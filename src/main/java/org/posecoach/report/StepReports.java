package org.posecoach.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.posecoach.motion.vocabulary.MotionEvent;
import org.posecoach.motion.vocabulary.Side;
import org.posecoach.session.SessionEvent;
import org.posecoach.session.SessionListener;

/**
 * Collects each step of a session for the report: {@code {"exercise", "reps", "left", "right",
 * "holds_s", "events": [{"t", "type", "severity", "message"}]}}.
 */
public final class StepReports implements SessionListener {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final List<ObjectNode> steps = new ArrayList<>();
  private ObjectNode current;

  @Override
  public void onEvent(SessionEvent event) {
    if (event instanceof SessionEvent.StepStarted s) {
      current = MAPPER.createObjectNode();
      current.put("exercise", s.step().exercise().id());
      current.put("reps", 0);
      current.put("left", 0);
      current.put("right", 0);
      current.putArray("holds_s");
      current.putArray("events");
      steps.add(current);
    } else if (event instanceof SessionEvent.Motion m && current != null) {
      record(m.timeSeconds(), m.event());
    } else if (event instanceof SessionEvent.StepEnded s && current != null) {
      current.put("skipped", s.skipped());
      current.put("reason", s.review().reason());
      s.review()
          .rhythm()
          .ifPresent(
              r -> {
                ObjectNode rhythm = current.putObject("rhythm");
                rhythm.put("reps", r.reps());
                if (!Double.isNaN(r.periodSeconds())) {
                  rhythm.put("period_s", round(r.periodSeconds()));
                }
              });
      s.review()
          .check()
          .ifPresent(
              message -> {
                ObjectNode check = current.putObject("check");
                check.put("rhythm_reps", s.review().rhythm().map(r -> r.reps()).orElse(0));
                check.put("message", message);
              });
    }
  }

  private void record(double t, MotionEvent event) {
    if (event instanceof MotionEvent.RepCounted r) {
      current.put("reps", r.count());
      r.side().ifPresent(side -> current.put(side == Side.LEFT ? "left" : "right", r.sideCount()));
    } else if (event instanceof MotionEvent.HoldCompleted h) {
      current.put("reps", h.count());
      h.side().ifPresent(side -> current.put(side == Side.LEFT ? "left" : "right", h.sideCount()));
      ((ArrayNode) current.get("holds_s")).add(round(h.heldSeconds()));
    } else if (event instanceof MotionEvent.FormEvent f) {
      ObjectNode e = ((ArrayNode) current.get("events")).addObject();
      e.put("t", round(t));
      e.put("type", f.issue().name().toLowerCase(Locale.ROOT));
      e.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
      e.put("message", f.cue());
      f.side().ifPresent(side -> e.put("side", side == Side.LEFT ? "left" : "right"));
    }
  }

  /** The steps so far, in order. */
  public List<ObjectNode> steps() {
    return List.copyOf(steps);
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
