package org.posecoach.routine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of routines where some files are broken: the good ones load, the broken are listed. */
class RoutineLibraryTest {
  @TempDir Path dir;

  @Test
  void brokenFilesAreReportedAndTheOthersStillLoad() throws Exception {
    Files.writeString(
        dir.resolve("b-good.yaml"), "name: Good\nsteps:\n  - {exercise: cat_camel, reps: 3}\n");
    Files.writeString(
        dir.resolve("a-bad.yml"), "name: Bad\nsteps:\n  - {exercise: yoga, reps: 3}\n");
    Files.write(dir.resolve("c-binary.yaml"), new byte[] {0, 1, 2, (byte) 0xFF});
    Files.writeString(dir.resolve("notes.txt"), "not a routine");
    Files.writeString(dir.resolve(".hidden.yaml"), "editor backup");
    Files.createDirectory(dir.resolve("sub.yaml"));

    RoutineLibrary library = RoutineLibrary.scan(dir);

    assertEquals(
        List.of("b-good"), library.routines().stream().map(RoutineLibrary.Entry::id).toList());
    assertEquals(2, library.problems().size());
    assertTrue(library.problems().get(0).getMessage().startsWith(dir.resolve("a-bad.yml") + ":3:"));
    assertTrue(
        library.problems().get(1).getMessage().startsWith(dir.resolve("c-binary.yaml") + ":1:"));
  }

  @Test
  void aRoutineIsFoundByFileIdFileNameOrName() throws Exception {
    Files.writeString(
        dir.resolve("short.yaml"), "name: Quick One\nsteps:\n  - {exercise: cat_camel, reps: 3}\n");
    RoutineLibrary library = RoutineLibrary.scan(dir);
    assertTrue(library.find("short").isPresent());
    assertTrue(library.find("short.yaml").isPresent());
    assertTrue(library.find("quick one").isPresent());
    assertTrue(library.find("long").isEmpty());
  }

  @Test
  void aMissingFolderIsAnErrorForTheUser() {
    RoutineException e =
        assertThrows(RoutineException.class, () -> RoutineLibrary.scan(dir.resolve("nope")));
    assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
  }
}
