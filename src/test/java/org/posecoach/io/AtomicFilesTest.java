package org.posecoach.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void replacesTheTargetWithTheCompleteContentAndLeavesNoTemporaryFile() throws IOException {
    Path target = dir.resolve("model.onnx");
    Files.writeString(target, "old");
    AtomicFiles.write(target, temp -> Files.writeString(temp, "new"));
    assertEquals("new", Files.readString(target));
    assertEquals(1, count(dir));
  }

  @Test
  void aFailedWriteKeepsTheOldFileAndRemovesTheTemporaryOne() throws IOException {
    Path target = dir.resolve("export.csv");
    Files.writeString(target, "old");
    assertThrows(
        IOException.class,
        () ->
            AtomicFiles.write(
                target,
                temp -> {
                  Files.writeString(temp, "half");
                  throw new IOException("disk full");
                }));
    assertEquals("old", Files.readString(target));
    assertEquals(1, count(dir));
  }

  @Test
  void theTemporaryFileKeepsTheTargetsExtension() throws IOException {
    Path target = dir.resolve("clip.mp4");
    AtomicFiles.write(target, temp -> assertTrue(temp.getFileName().toString().endsWith(".mp4")));
    assertTrue(Files.exists(target));
  }

  @Test
  void aMissingFolderIsReportedAsSuch() {
    assertThrows(
        NoSuchFileException.class,
        () -> AtomicFiles.write(dir.resolve("no/such/file.txt"), temp -> {}));
  }

  private static long count(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.count();
    }
  }
}
