package org.posecoach.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;
import org.posecoach.PoseCoachException;
import org.posecoach.motion.vocabulary.ExerciseId;
import org.posecoach.pose.PoseEstimationException;
import org.posecoach.routine.RoutineException;
import org.posecoach.ui.AppConfig;
import org.posecoach.ui.Launcher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
      EvaluateCommand.class,
      HistoryCommand.class,
      BenchCommand.class
    })
public final class Main implements java.util.concurrent.Callable<Integer> {
  /**
   * Exit code for input the user can fix (a bad command line, missing file, unknown model, no
   * network for a fetch).
   */
  public static final int EXIT_USER_ERROR = 1;

  /** Exit code for a bug: an unexpected exception. */
  public static final int EXIT_INTERNAL_ERROR = 70;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--source",
      paramLabel = "SPEC",
      description =
          "Video for the coach: camera, camera:N, /dev/videoN, a video file, or 'demo' (default: a"
              + " camera when one is found, else the demo clip).")
  String source;

  @Option(
      names = "--routine",
      paramLabel = "ID|FILE",
      description = "Routine to pre-select: an id in the routines folder, or a routine file.")
  String routine;

  @Option(
      names = "--routines",
      paramLabel = "DIR",
      description = "Folder the routines are listed from (default: ./routines).")
  Path routines;

  @Mixin ModelOption model;

  @Mixin VerboseOption verbose;

  @Option(names = "--mirror", description = "Show the camera as a mirror.")
  boolean mirror;

  @Option(names = "--mute", description = "No voice and no tones: the coach stays silent.")
  boolean mute;

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
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.registerConverter(ExerciseId.class, new ExerciseIdConverter());
    cli.setParameterExceptionHandler(Main::invalidInput);
    cli.setExecutionExceptionHandler(Main::handle);
    return cli;
  }

  /** No command: the coach app, on the start screen. */
  @Override
  public Integer call() throws Exception {
    AppConfig config =
        new AppConfig(
            routines != null ? routines : Launcher.defaultRoutinesFolder(),
            Optional.ofNullable(routine),
            Optional.ofNullable(source),
            model.id,
            mirror,
            !mute);
    try {
      Launcher.run(config);
    } catch (Launcher.NoDisplayException e) {
      // No desktop (a server, a container, CI) or no GTK: coach in the terminal instead of
      // failing, after one line that says which, and what would bring the window back.
      PrintWriter out = spec.commandLine().getOut();
      out.println(e.getMessage());
      out.flush();
      // Keys only from a terminal: piped or closed input just lets the session run.
      Optional<java.io.Reader> keys =
          System.console() != null
              ? Optional.of(new java.io.InputStreamReader(System.in, Charset.defaultCharset()))
              : Optional.empty();
      return new TerminalCoach(out, keys, config.sound()).runDefault(config);
    }
    return 0;
  }

  /**
   * A command line that cannot run as typed (an unknown option, a missing or malformed value, or a
   * value a command refused with a {@link CommandLine.ParameterException}): one line naming it, and
   * {@link #EXIT_USER_ERROR} for every command, so that a mistyped command line never reads as one
   * of a command's own codes (evaluate's "not exact", analyze's "input broke midway").
   */
  private static int invalidInput(CommandLine.ParameterException e, String[] args) {
    PrintWriter err = e.getCommandLine().getErr();
    err.println("error: " + e.getMessage());
    err.flush();
    return EXIT_USER_ERROR;
  }

  /** Expected failures print one line for the user; anything else is a bug and keeps its trace. */
  private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    PrintWriter err = cli.getErr();
    if (e instanceof PoseCoachException
        || e instanceof PoseEstimationException
        || e instanceof RoutineException
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
