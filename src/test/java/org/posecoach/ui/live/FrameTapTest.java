package org.posecoach.ui.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.posecoach.source.CapturedFrame;
import org.posecoach.source.FramePool;
import org.posecoach.source.SourceOptions;
import org.posecoach.source.Sources;
import org.posecoach.testing.TestVideos;

class FrameTapTest {
  @ParameterizedTest(name = "{0}×{1} in {2}×{3} → {4}×{5}")
  @CsvSource({
    "640, 480, 885, 664, 885, 664",
    "640, 480, 1000, 500, 667, 500",
    "1280, 720, 640, 480, 640, 360",
    "640, 480, 0, 0, 640, 480"
  })
  void framesAreScaledToFitTheBoxKeepingTheirShape(
      int w, int h, int boxW, int boxH, int expectedW, int expectedH) {
    assertArrayEquals(new int[] {expectedW, expectedH}, FrameTap.fit(w, h, boxW, boxH));
  }

  @Test
  void everyFramePassesOnAndACopyForTheScreenIsPublished(@TempDir Path dir) throws Exception {
    Path video = TestVideos.write(dir.resolve("grey.mp4"), 5, 320, 240, 30);
    FrameBuffers buffers = new FrameBuffers();
    int frames = 0;
    try (FrameTap tap =
            new FrameTap(Sources.open(video.toString(), SourceOptions.DEFAULT), buffers);
        FramePool pool = new FramePool()) {
      tap.requestSize(160, 160);
      for (CapturedFrame f; (f = tap.next(pool)) != null; frames++) {
        try (CapturedFrame frame = f) {
          assertEquals(320, frame.width(), "the pipeline gets the frame as it was");
          if (frame.sequence() < 4) {
            DisplayFrame copy = buffers.takeFresh();
            assertEquals(frame.sequence(), copy.sequence(), "a copy of each frame for the screen");
          }
        }
      }
    }
    assertEquals(5, frames);
    DisplayFrame shown = buffers.takeFresh();
    assertNotNull(shown);
    assertEquals(160, shown.width());
    assertEquals(120, shown.height());
    assertEquals(320, shown.sourceWidth());
    assertEquals(4, shown.sequence());
    byte[] px = shown.pixels();
    assertEquals(160 * 120 * 4, px.length);
    assertEquals((byte) 255, px[3], "opaque");
    int grey = px[0] & 0xff; // the test video's background is grey 120
    assertTrue(Math.abs(grey - 120) < 12, "background " + grey);
  }
}
