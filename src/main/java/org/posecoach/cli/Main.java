package org.posecoach.cli;

import java.io.PrintWriter;
import org.posecoach.models.ModelException;
import org.posecoach.pose.PoseEstimationException;
import org.posecoach.routine.RoutineException;
import org.posecoach.source.SourceException;
import org.posecoach.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Pose Coach's single entry point: {@code pose-coach [COMMAND] …}. */
@Command(
    name = "pose-coach",
    mixinStandardHelpOptions = true,
    version = "pose-coach 0.1.0",
    description = "Coaches a floor mobility routine in front of a laptop camera, offline.",
    subcommands = {
      ModelsCommand.class,
      PoseCommand.class,
      AnalyzeCommand.class,
      HistoryCommand.class,
      BenchCommand.class
    })
public final class Main implements Runnable {
  /** Exit code for input the user can fix (missing file, unknown model, no network for a fetch). */
  public static final int EXIT_USER_ERROR = 1;

  /** Exit code for a bug: an unexpected exception. */
  public static final int EXIT_INTERNAL_ERROR = 70;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** Runs a command line writing to {@code out} and {@code err} (tests call this). */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = commandLine();
    cli.setOut(out);
    cli.setErr(err);
    return cli.execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(Main::handle);
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Expected failures print one line for the user; anything else is a bug and keeps its trace. */
  private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    PrintWriter err = cli.getErr();
    if (e instanceof ModelException
        || e instanceof SourceException
        || e instanceof PoseEstimationException
        || e instanceof RoutineException
        || e instanceof StoreException
        || e instanceof IllegalArgumentException) {
      err.println("error: " + e.getMessage());
      err.flush();
      return EXIT_USER_ERROR;
    }
    err.println("internal error (please report it): " + e);
    e.printStackTrace(err);
    err.flush();
    return EXIT_INTERNAL_ERROR;
  }
}
