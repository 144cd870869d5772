package org.posecoach.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.posecoach.io.AtomicFiles;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.store.ExerciseTrend;
import org.posecoach.store.FormEventRecord;
import org.posecoach.store.HistoryExport;
import org.posecoach.store.HistoryLocation;
import org.posecoach.store.HistoryStore;
import org.posecoach.store.RepRecord;
import org.posecoach.store.SessionDetail;
import org.posecoach.store.SessionId;
import org.posecoach.store.SessionSummary;
import org.posecoach.store.StepDetail;
import org.posecoach.store.StoreException;
import org.posecoach.store.TrendPoint;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code history [show ID | export | trends]}: the sessions kept in the history database.
 *
 * <p>Without a subcommand, lists the sessions, newest first. A history that does not exist yet is
 * an empty one (nothing is created by reading). Bad arguments are {@link ParameterException}s and
 * problems with the database (locked, damaged, newer) {@link StoreException}s: {@link Main} prints
 * either as one line on stderr and exits with {@link Main#EXIT_USER_ERROR}.
 */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description = "List the sessions you have done; show one, export them, or see your trends.",
    subcommands = {
      HistoryCommand.Show.class,
      HistoryCommand.Export.class,
      HistoryCommand.Trends.class
    })
final class HistoryCommand implements Callable<Integer> {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--db",
      paramLabel = "FILE",
      scope = CommandLine.ScopeType.INHERIT,
      description =
          "The history database (default: history.db in the data folder; see "
              + HistoryLocation.DATA_ENV
              + ").")
  Path db;

  @Override
  public Integer call() throws IOException {
    return withHistory(
        db,
        history -> {
          PrintWriter out = spec.commandLine().getOut();
          List<SessionSummary> sessions = history.map(HistoryStore::sessions).orElse(List.of());
          if (sessions.isEmpty()) {
            out.println("No sessions recorded yet (history: " + location(db) + ").");
            return 0;
          }
          out.printf(
              "%-5s %-16s %-24s %8s %6s %5s %5s  %s%n",
              "ID", "DATE", "ROUTINE", "DURATION", "STEPS", "REPS", "HOLDS", "STATUS");
          for (SessionSummary s : sessions) {
            out.printf(
                "%-5d %-16s %-24s %8s %6s %5d %5d  %s%n",
                s.id().value(),
                date(s.startedAt()),
                cut(s.routineName(), 24),
                s.duration().map(HistoryCommand::duration).orElse("-"),
                s.stepsCompleted() + "/" + s.plannedSteps(),
                s.reps(),
                s.holds(),
                s.status().word());
          }
          return 0;
        });
  }

  /** {@code history show ID}. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Show one session: its steps, reps and form events.")
  static final class Show extends HistorySubcommand {
    @Parameters(
        paramLabel = "ID",
        converter = SessionIdConverter.class,
        description = "The session's id, from `history`.")
    SessionId id;

    @Override
    int run(Optional<HistoryStore> history) {
      print(session(spec, history, id), spec.commandLine().getOut());
      return 0;
    }

    private static void print(SessionDetail detail, PrintWriter out) {
      SessionSummary s = detail.session();
      out.printf("Session %d: %s (%s)%n", s.id().value(), s.routineName(), s.status().word());
      out.printf(
          "Started %s, lasted %s; model %s, source %s%n",
          date(s.startedAt()),
          s.duration().map(HistoryCommand::duration).orElse("-"),
          s.model(),
          s.source());
      int partly = detail.stepsPartlyDone();
      int notReached = detail.stepsNotReached();
      out.printf(
          "%d of %d steps completed%s%s, %d reps, %d holds, %d form events%n%n",
          s.stepsCompleted(),
          s.plannedSteps(),
          partly > 0 ? ", " + partly + " partly done" : "",
          notReached > 0 ? ", " + notReached + " not reached" : "",
          s.reps(),
          s.holds(),
          s.formEvents());
      out.printf(
          "%-3s %-18s %-13s %-11s %5s %6s %6s %6s%n",
          "#", "EXERCISE", "TARGET", "STATUS", "DONE", "S/REP", "RANGE", "EVENTS");
      for (StepDetail step : detail.steps()) {
        var st = step.step();
        String target =
            st.targetReps()
                + (st.targetHoldSeconds() > 0 ? " x " + seconds(st.targetHoldSeconds()) + "s" : "")
                + (st.sides().id().equals("both") ? "/side" : "");
        out.printf(
            "%-3d %-18s %-13s %-11s %5d %6s %6s %6d%n",
            st.position(),
            cut(st.exercise().id(), 18),
            target,
            st.status().word(),
            step.reps().size() + step.holds().size(),
            mean(step.reps().stream().mapToDouble(RepRecord::durationSeconds).average(), false),
            mean(step.reps().stream().mapToDouble(RepRecord::rangeFraction).average(), true),
            step.formEvents().size());
      }
      boolean firstNote = true;
      for (StepDetail step : detail.steps()) {
        var st = step.step();
        for (String note :
            java.util.stream.Stream.of(st.reason(), st.check())
                .flatMap(Optional::stream)
                .toList()) {
          if (firstNote) {
            out.printf("%nWhat the coach saw:%n");
            firstNote = false;
          }
          out.printf("  %-3d %s%n", st.position(), note);
        }
      }
      boolean first = true;
      for (StepDetail step : detail.steps()) {
        for (FormEventRecord event : step.formEvents()) {
          if (first) {
            out.printf("%nForm events:%n");
            first = false;
          }
          out.printf(
              "  %7ss  %-18s %-8s %s%s%n",
              seconds(event.timeSeconds()),
              step.step().exercise().id(),
              event.severity(),
              event.message().replaceAll("\\s+", " "),
              event.side().map(side -> " (" + side.id() + ")").orElse(""));
        }
      }
    }
  }

  /** {@code history export [ID] [--format csv|json] [--out FILE]}. */
  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description =
          "Write all sessions (or one) as CSV, one row per session, step, rep, hold and form"
              + " event, or as JSON.")
  static final class Export extends HistorySubcommand {
    @Parameters(
        arity = "0..1",
        paramLabel = "ID",
        converter = SessionIdConverter.class,
        description = "Only this session (default: all of them).")
    SessionId id;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        description = "csv or json (default: json when FILE ends in .json, else csv).")
    HistoryExport.Format format;

    @Option(
        names = "--out",
        paramLabel = "FILE",
        description = "Write to this file instead of the terminal.")
    Path out;

    @Override
    void checkFiles(CommandFiles files) {
      files.output("--out", out).requireDistinct();
    }

    @Override
    int run(Optional<HistoryStore> history) throws IOException {
      List<SessionDetail> sessions =
          id != null
              ? List.of(session(spec, history, id))
              : history.map(HistoryStore::sessionDetails).orElse(List.of());
      return write(sessions, format != null ? format : formatOfFile());
    }

    /** JSON for a FILE ending in .json, else CSV. */
    private HistoryExport.Format formatOfFile() {
      boolean json =
          out != null && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
      return json ? HistoryExport.Format.JSON : HistoryExport.Format.CSV;
    }

    /** Writes to the terminal, or to a temporary file moved over FILE once complete. */
    private int write(List<SessionDetail> sessions, HistoryExport.Format chosen)
        throws IOException {
      if (out == null) {
        HistoryExport.write(sessions, chosen, spec.commandLine().getOut());
        return 0;
      }
      Path target = out.toAbsolutePath();
      if (Files.isDirectory(target)) {
        throw cannotWrite(target, "it is a folder; name a file in it");
      }
      try {
        AtomicFiles.write(
            target,
            temp -> {
              try (Writer file = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                HistoryExport.write(sessions, chosen, file);
              }
            });
        spec.commandLine()
            .getErr()
            .println("Exported " + sessions.size() + " session(s) to " + target);
        return 0;
      } catch (NoSuchFileException e) {
        throw cannotWrite(target, "its folder does not exist; create it or pick another");
      } catch (AccessDeniedException e) {
        throw cannotWrite(target, "permission denied; pick a folder you can write to");
      } catch (IOException e) {
        throw cannotWrite(target, e.getMessage());
      }
    }

    private ParameterException cannotWrite(Path target, String why) {
      return new ParameterException(spec.commandLine(), "cannot write " + target + ": " + why);
    }
  }

  /** {@code history trends [--exercise ID]}. */
  @Command(
      name = "trends",
      mixinStandardHelpOptions = true,
      description =
          "Per exercise, session after session: reps, seconds per rep, range and form events per"
              + " rep.")
  static final class Trends extends HistorySubcommand {
    @Option(
        names = "--exercise",
        paramLabel = "ID",
        description = "Only this exercise, e.g. cat_camel.")
    ExerciseId exercise;

    @Override
    int run(Optional<HistoryStore> history) {
      List<ExerciseTrend> trends =
          history
              .map(h -> exercise == null ? h.trends() : List.of(h.trend(exercise)))
              .orElse(List.of());
      PrintWriter out = spec.commandLine().getOut();
      if (trends.stream().allMatch(t -> t.points().isEmpty())) {
        out.println(
            "No sessions" + (exercise == null ? "" : " with " + exercise.id()) + " recorded yet.");
        return 0;
      }
      for (ExerciseTrend trend : trends) {
        out.println(trend.exercise().id());
        out.printf(
            "  %-16s %7s %5s %5s %6s %6s %6s %10s%n",
            "DATE", "SESSION", "REPS", "HOLDS", "S/REP", "RANGE", "HELD", "EVENTS/REP");
        for (TrendPoint p : trend.points()) {
          out.printf(
              "  %-16s %7d %5d %5d %6s %6s %6s %10s%n",
              date(p.startedAt()),
              p.session().value(),
              p.reps(),
              p.holds(),
              mean(p.meanRepSeconds(), false),
              mean(p.meanRangeFraction(), true),
              mean(p.meanHeldSeconds(), false),
              p.formEventsPerRep().isPresent()
                  ? String.format(Locale.ROOT, "%.2f", p.formEventsPerRep().getAsDouble())
                  : "-");
        }
      }
      return 0;
    }
  }

  /**
   * A {@code history} subcommand: it reads the database named by the parent's {@code --db}, opened
   * for the length of {@link #run} (empty when no history file exists yet).
   */
  abstract static class HistorySubcommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @ParentCommand HistoryCommand parent;

    @Override
    public Integer call() throws IOException {
      checkFiles(new CommandFiles(spec.commandLine()).input("--db", location(parent.db)));
      return withHistory(parent.db, this::run);
    }

    /** Adds the files the subcommand writes, if any, and checks none is the database. */
    void checkFiles(CommandFiles files) {}

    /** What the subcommand does with the history; returns the exit code. */
    abstract int run(Optional<HistoryStore> history) throws IOException;
  }

  /** What a subcommand does with the history (empty when no history file exists yet). */
  @FunctionalInterface
  interface HistoryAction {
    int apply(Optional<HistoryStore> history) throws IOException;
  }

  /** Opens the history if it exists and runs {@code action}; nothing is created by reading. */
  static int withHistory(Path db, HistoryAction action) throws IOException {
    Path file = location(db);
    // Reading creates nothing: a missing or empty file is a history without sessions.
    if (!Files.exists(file) || Files.isRegularFile(file) && Files.size(file) == 0) {
      return action.apply(Optional.empty());
    }
    try (HistoryStore history = HistoryStore.open(file)) {
      return action.apply(Optional.of(history));
    }
  }

  /** The session {@code id} of {@code history}, or a parameter error saying there is none. */
  private static SessionDetail session(
      CommandLine.Model.CommandSpec spec, Optional<HistoryStore> history, SessionId id) {
    return history
        .flatMap(h -> h.session(id))
        .orElseThrow(
            () ->
                new ParameterException(
                    spec.commandLine(),
                    "there is no session " + id.value() + "; `history` lists the sessions"));
  }

  /** A session id as typed: a whole number from 1. */
  static final class SessionIdConverter implements CommandLine.ITypeConverter<SessionId> {
    @Override
    public SessionId convert(String text) {
      try {
        long value = Long.parseLong(text.strip());
        if (value > 0) {
          return new SessionId(value);
        }
      } catch (NumberFormatException e) {
        // Not a number: said below.
      }
      throw new CommandLine.TypeConversionException(
          "'" + text + "' is not a session id; `history` lists the sessions");
    }
  }

  private static Path location(Path db) {
    return db != null ? db : HistoryLocation.defaultDatabase();
  }

  private static String date(Instant instant) {
    return DATE.format(instant.atZone(ZoneId.systemDefault()));
  }

  /** {@code 12:34}, or {@code 1:02:03} past an hour. */
  static String duration(Duration d) {
    long s = Math.max(0, d.toSeconds());
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  private static String seconds(double value) {
    return String.format(Locale.ROOT, "%.1f", value).replaceAll("\\.0$", "");
  }

  private static String mean(OptionalDouble value, boolean percent) {
    if (value.isEmpty()) {
      return "-";
    }
    return percent
        ? String.format(Locale.ROOT, "%.0f%%", 100 * value.getAsDouble())
        : String.format(Locale.ROOT, "%.1f", value.getAsDouble());
  }

  private static String cut(String text, int width) {
    String line = text.replaceAll("\\s+", " ");
    return line.length() <= width ? line : line.substring(0, width - 1) + "…";
  }
}
