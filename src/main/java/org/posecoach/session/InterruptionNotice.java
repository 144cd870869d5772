package org.posecoach.session;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.posecoach.store.HistoryStore;
import org.posecoach.store.SessionId;
import org.posecoach.store.SessionSummary;

/**
 * Tells the user, once, that a session was cut short (a crash, a kill, a power cut) and that what
 * it counted is saved. Taken from the history when the app or the terminal coach starts; taking it
 * marks every such session as told, so none is announced twice.
 *
 * @param earlier other interrupted sessions not yet told of, before this one
 */
public record InterruptionNotice(SessionId id, Instant startedAt, int reps, int earlier) {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.ENGLISH);

  /** The newest interrupted session not yet told of, if any; every one is told of from now on. */
  public static Optional<InterruptionNotice> take(HistoryStore history) {
    List<SessionSummary> unseen = history.unseenInterruptions();
    if (unseen.isEmpty()) {
      return Optional.empty();
    }
    history.markInterruptionsSeen();
    SessionSummary newest = unseen.get(0);
    return Optional.of(
        new InterruptionNotice(
            newest.id(), newest.startedAt(), newest.reps() + newest.holds(), unseen.size() - 1));
  }

  /** "Your session of Tuesday 24 November, 07:30 was interrupted after 8 reps; it is saved." */
  public String sentence(ZoneId zone) {
    return "Your session of "
        + DATE.format(startedAt.atZone(zone))
        + " was interrupted after "
        + reps
        + (reps == 1 ? " rep" : " reps")
        + (earlier > 0
            ? " (and " + earlier + " earlier " + (earlier == 1 ? "one" : "ones") + ")"
            : "")
        + "; it is saved.";
  }

  /** The sentence and where to see it from the command line. */
  public String commandLine(ZoneId zone) {
    String s = sentence(zone);
    return s.substring(0, s.length() - 1)
        + " — see it with `pose-coach history show "
        + id.value()
        + "`.";
  }
}
