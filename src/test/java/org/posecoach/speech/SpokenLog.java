package org.posecoach.speech;

import java.util.ArrayList;
import java.util.List;

/**
 * What a scheduler had said, in order, as a player would have played it: an utterance that a count
 * cut short ends where the count began.
 */
final class SpokenLog {
  private final List<Utterance> spoken = new ArrayList<>();

  /** Adds what the scheduler just started. */
  void add(List<Utterance> started) {
    for (Utterance u : started) {
      if (u.interrupts() && !spoken.isEmpty()) {
        int last = spoken.size() - 1;
        spoken.set(last, spoken.get(last).cutAt(u.startSeconds()));
      }
      spoken.add(u);
    }
  }

  List<Utterance> spoken() {
    return List.copyOf(spoken);
  }
}
