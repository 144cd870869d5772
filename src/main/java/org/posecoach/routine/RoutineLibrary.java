package org.posecoach.routine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The routines in one folder: every {@code *.yaml} / {@code *.yml} file in it (not in subfolders),
 * loaded in file-name order. A broken file does not hide the others: it is left out of {@link
 * #routines()} and its error is kept in {@link #problems()} for the UI or the CLI to show.
 *
 * <pre>{@code
 * RoutineLibrary library = RoutineLibrary.scan(Path.of("routines"));
 * library.routines();                 // [Entry[file=routines/cat-camel-and-rotations.yaml, …], …]
 * library.problems();                 // [routines/mine.yaml:3:8: step 1: unknown exercise …]
 * library.find("morning-low-back");   // by file name (with or without .yaml) or routine name
 * }</pre>
 */
public final class RoutineLibrary {
  /** The routine a session runs when none is asked for, in the window and the terminal alike. */
  public static final String DEFAULT_ID = "morning-low-back";

  /**
   * A routine that loaded, and its file.
   *
   * @param id the file name without its extension, e.g. {@code morning-low-back}
   */
  public record Entry(Path file, String id, Routine routine) {
    public Entry {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(routine, "routine");
    }
  }

  private final Path folder;
  private final List<Entry> routines;
  private final List<RoutineException> problems;

  private RoutineLibrary(Path folder, List<Entry> routines, List<RoutineException> problems) {
    this.folder = folder;
    this.routines = List.copyOf(routines);
    this.problems = List.copyOf(problems);
  }

  /**
   * Loads every routine file in {@code folder}.
   *
   * @throws RoutineException when the folder itself cannot be listed (missing, not a folder)
   */
  public static RoutineLibrary scan(Path folder) {
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files =
          listing
              .filter(RoutineLibrary::isRoutineFile)
              .sorted(Comparator.comparing(p -> p.getFileName().toString()))
              .toList();
    } catch (IOException e) {
      String why = Files.exists(folder) ? "is not a folder that can be read" : "does not exist";
      throw new RoutineException(folder.toString(), "the routines folder " + why, e);
    }
    List<Entry> routines = new ArrayList<>();
    List<RoutineException> problems = new ArrayList<>();
    for (Path file : files) {
      try {
        routines.add(new Entry(file, idOf(file), RoutineLoader.load(file)));
      } catch (RoutineException e) {
        problems.add(e);
      }
    }
    return new RoutineLibrary(folder, routines, problems);
  }

  public Path folder() {
    return folder;
  }

  /** The routines that loaded, in file-name order. */
  public List<Entry> routines() {
    return routines;
  }

  /** One error per file that did not load, in file-name order. */
  public List<RoutineException> problems() {
    return problems;
  }

  /**
   * The routine whose file id ({@code morning-low-back}), file name ({@code morning-low-back.yaml})
   * or routine name ({@code Morning low back}) is {@code key}, ignoring case.
   */
  public Optional<Entry> find(String key) {
    String wanted = key.strip().toLowerCase(Locale.ROOT);
    return routines.stream()
        .filter(
            e ->
                e.id().toLowerCase(Locale.ROOT).equals(wanted)
                    || e.file().getFileName().toString().toLowerCase(Locale.ROOT).equals(wanted)
                    || e.routine().name().toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }

  /** The routine to run when none is asked for: {@link #DEFAULT_ID}, else the first that loaded. */
  public Optional<Entry> defaultEntry() {
    return routines.stream()
        .filter(e -> e.id().equals(DEFAULT_ID))
        .findFirst()
        .or(() -> routines.stream().findFirst());
  }

  private static boolean isRoutineFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.startsWith(".")
        && (name.endsWith(".yaml") || name.endsWith(".yml"))
        && Files.isRegularFile(file);
  }

  private static String idOf(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }
}
