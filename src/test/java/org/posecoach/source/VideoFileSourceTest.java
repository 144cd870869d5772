package org.posecoach.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.posecoach.testing.TestVideos;

class VideoFileSourceTest {
  @TempDir Path dir;

  @Test
  void framesComeInOrderWithPresentationTimes() throws Exception {
    Path video = TestVideos.write(dir.resolve("clip.mp4"), 12, 160, 120, 25);
    FramePool pool = new FramePool();
    try (FrameSource source = new VideoFileSource(video, false);
        pool) {
      assertEquals(160, source.info().width());
      assertEquals(25, source.info().fps(), 0.01);
      long last = -1;
      int n = 0;
      for (CapturedFrame next; (next = source.next(pool)) != null; n++) {
        try (CapturedFrame f = next) {
          assertEquals(n, f.sequence());
          assertTrue(f.timestampNanos() > last, "timestamps must increase");
          assertEquals(n * 40_000_000L, f.timestampNanos(), 1_000_000, "presentation time");
          last = f.timestampNanos();
        }
      }
      assertEquals(12, n);
      assertTrue(pool.allocated() <= 2, "buffers are reused, not allocated per frame");
    }
    assertEquals(0, pool.allocated(), "every frame returned to the pool");
  }

  @Test
  void aMissingFileSaysSo() {
    SourceException e =
        assertThrows(
            SourceException.class, () -> new VideoFileSource(dir.resolve("nope.mp4"), false));
    assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
  }

  @Test
  void aFileThatIsNotAVideoSaysSo() throws Exception {
    Path junk = dir.resolve("junk.mp4");
    byte[] bytes = new byte[4096];
    new java.util.Random(1).nextBytes(bytes);
    Files.write(junk, bytes);
    SourceException e = assertThrows(SourceException.class, () -> new VideoFileSource(junk, false));
    assertTrue(
        e.getMessage().contains("is not a video or image this app can read"), e.getMessage());
  }

  @Test
  void aTruncatedFileGivesItsFramesThenSaysItIsTruncated() throws Exception {
    Path whole = TestVideos.write(dir.resolve("whole.mkv"), 60, 160, 120, 30);
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = dir.resolve("cut.mkv");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
    try (FrameSource source = new VideoFileSource(cut, false);
        FramePool pool = new FramePool()) {
      int n = 0;
      SourceException e = null;
      try {
        for (CapturedFrame f; (f = source.next(pool)) != null; n++) {
          f.close();
        }
      } catch (SourceException ex) {
        e = ex;
      }
      assertTrue(n > 5 && n < 60, "decoded " + n + " frames before the cut");
      assertTrue(e != null && e.getMessage().contains("truncated"), "expected a truncation error");
    }
  }

  @Test
  void aVideoWithoutFramesEndsAtOnce() throws Exception {
    Path empty = TestVideos.write(dir.resolve("empty.mkv"), 0, 160, 120, 30);
    try (FrameSource source = new VideoFileSource(empty, false);
        FramePool pool = new FramePool()) {
      assertNull(source.next(pool));
    } catch (SourceException e) {
      // Some containers without a frame do not even open as video; a clear message is fine too.
      assertTrue(e.getMessage().contains(empty.getFileName().toString()), e.getMessage());
    }
  }

  @Test
  void aFolderPlaysItsImagesInNaturalOrder() throws Exception {
    try (FrameSource video =
            new VideoFileSource(TestVideos.write(dir.resolve("v.mp4"), 3, 80, 60, 30), false);
        FramePool pool = new FramePool()) {
      Path folder = Files.createDirectory(dir.resolve("frames"));
      int i = 0;
      for (CapturedFrame next; (next = video.next(pool)) != null; i++) {
        try (CapturedFrame f = next) {
          ImageFiles.write(f.bgr(), folder.resolve("frame" + new int[] {10, 2, 1}[i] + ".png"));
        }
      }
      Files.writeString(folder.resolve("notes.txt"), "not an image");
      try (FrameSource images = new ImageFolderSource(folder, 10, warning -> {})) {
        assertEquals(3, images.info().frameCount());
        CapturedFrame first = images.next(pool);
        CapturedFrame second = images.next(pool);
        assertEquals(100_000_000L, second.timestampNanos()); // 10 fps
        first.close();
        second.close();
      }
    }
    assertTrue(ImageFolderSource.natural("frame2.png", "frame10.png") < 0);
  }

  @Test
  void aCameraThatDoesNotExistIsNamedWithTheCamerasFound() {
    SourceException e =
        assertThrows(SourceException.class, () -> Sources.open("camera:57", SourceOptions.DEFAULT));
    assertTrue(e.getMessage().contains("57"), e.getMessage());
    assertTrue(e.getMessage().contains("found"), e.getMessage());
  }

  @Test
  void mirroringFlipsTheFrame() throws Exception {
    Path video = TestVideos.write(dir.resolve("m.mp4"), 1, 160, 120, 30);
    try (FrameSource plain = Sources.open(video.toString(), SourceOptions.DEFAULT);
        FrameSource mirrored =
            Sources.open(video.toString(), SourceOptions.DEFAULT.withMirror(true));
        FramePool pool = new FramePool();
        CapturedFrame a = plain.next(pool);
        CapturedFrame b = mirrored.next(pool)) {
      assertTrue(mirrored.info().mirrored());
      var ia = a.bgr().<org.bytedeco.javacpp.indexer.UByteIndexer>createIndexer();
      var ib = b.bgr().<org.bytedeco.javacpp.indexer.UByteIndexer>createIndexer();
      assertEquals(ia.get(60, 5, 0), ib.get(60, 154, 0)); // column x ↔ column width − 1 − x
      assertEquals(ia.get(60, 10, 1), ib.get(60, 149, 1));
      ia.close();
      ib.close();
    }
  }
}
