package org.posecoach.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.posecoach.routine.Routine;
import org.posecoach.routine.RoutineLibrary;
import org.posecoach.routine.RoutineLoader;

/**
 * A {@code --routine ID|FILE} value, for {@code analyze} and the terminal coach alike: a routine
 * file when one exists by that name, else the id (or name) of a routine in the routines folder
 * ({@code morning-low-back}, as the app's start screen lists them).
 */
record RoutineChoice(String value, Path folder) {

  /** The file the value names, when it names one (for the checks on what a command reads). */
  Optional<Path> file() {
    Path path = Path.of(value);
    return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
  }

  /**
   * The routine chosen.
   *
   * @throws IllegalArgumentException when the value is neither a file nor a known id; it lists the
   *     ids
   */
  Routine load() {
    Optional<Path> file = file();
    if (file.isPresent()) {
      return RoutineLoader.load(file.get());
    }
    RoutineLibrary library;
    try {
      library = RoutineLibrary.scan(folder);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "no routine file '"
              + value
              + "', and no routines folder "
              + folder
              + " to look it up in");
    }
    return library
        .find(value)
        .map(RoutineLibrary.Entry::routine)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown routine '"
                        + value
                        + "': not a file, nor one of the routines in "
                        + folder
                        + ": "
                        + String.join(
                            ", ",
                            library.routines().stream().map(RoutineLibrary.Entry::id).toList())));
  }
}
