package org.posecoach.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedOutputsTest {
  @TempDir Path dir;

  @Test
  void targetsAreReplacedOnlyOnCommit() throws Exception {
    Path csv = dir.resolve("poses.csv");
    Files.writeString(csv, "old");
    try (StagedOutputs outputs = StagedOutputs.open()) {
      Path temp = outputs.stage(csv);
      Files.writeString(temp, "new");
      assertEquals("old", Files.readString(csv));
      outputs.commit();
    }
    assertEquals("new", Files.readString(csv));
    assertEquals(1, files(), "no temporary file left");
  }

  @Test
  void closingWithoutCommitRemovesTheTemporaryFilesAndKeepsTheOldOnes() throws Exception {
    Path video = dir.resolve("clip.mp4");
    Files.writeString(video, "old video");
    try (StagedOutputs outputs = StagedOutputs.open()) {
      Path temp = outputs.stage(video);
      assertTrue(temp.getFileName().toString().endsWith(".mp4"), "keeps the extension: " + temp);
      assertTrue(temp.getFileName().toString().startsWith("."), "hidden: " + temp);
      Files.writeString(temp, "half a video");
    }
    assertEquals("old video", Files.readString(video));
    assertEquals(1, files());
  }

  @Test
  void aPartialCommitLeavesTheTargetAndWritesBesideIt() throws Exception {
    Path csv = dir.resolve("poses.csv");
    Files.writeString(csv, "old");
    try (StagedOutputs outputs = StagedOutputs.open()) {
      Files.writeString(outputs.stage(csv), "some rows");
      outputs.commit(StagedOutputs::partialName);
    }
    assertEquals("old", Files.readString(csv));
    assertEquals("some rows", Files.readString(dir.resolve("poses.partial.csv")));
  }

  @Test
  void partialNamesKeepTheExtensionLast() {
    assertEquals(Path.of("a/b.partial.mp4"), StagedOutputs.partialName(Path.of("a/b.mp4")));
    assertEquals(Path.of("notes.partial"), StagedOutputs.partialName(Path.of("notes")));
    assertFalse(StagedOutputs.partialName(Path.of(".hidden")).toString().startsWith(".partial"));
  }

  private long files() throws Exception {
    try (Stream<Path> list = Files.list(dir)) {
      return list.count();
    }
  }
}
