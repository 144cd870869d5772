package org.posecoach.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class FrameBuffersTest {
  private static void write(FrameBuffers buffers, long sequence) {
    DisplayFrame slot = buffers.writeSlot();
    slot.resize(2, 1);
    java.util.Arrays.fill(slot.pixels(), (byte) sequence);
    slot.describe(sequence, 2, 1);
    buffers.publish();
  }

  @Test
  void theReaderGetsTheNewestFrameOnceAndNothingWhenNoneArrived() {
    FrameBuffers buffers = new FrameBuffers();
    assertNull(buffers.takeFresh());
    write(buffers, 1);
    write(buffers, 2);
    DisplayFrame fresh = buffers.takeFresh();
    assertEquals(2, fresh.sequence(), "frame 1 was overwritten, never waited for");
    assertNull(buffers.takeFresh(), "nothing new");
    write(buffers, 3);
    DisplayFrame next = buffers.takeFresh();
    assertEquals(3, next.sequence());
    assertNotSame(fresh, next);
  }

  @Test
  void theWriterNeverTouchesTheFrameTheReaderHolds() {
    FrameBuffers buffers = new FrameBuffers();
    write(buffers, 1);
    DisplayFrame held = buffers.takeFresh();
    for (int i = 2; i < 10; i++) {
      write(buffers, i);
      assertEquals(1, held.sequence());
      assertEquals(1, held.pixels()[0]);
    }
  }

  @Test
  void underConcurrencyEveryFrameTakenIsWholeAndNewer() throws Exception {
    FrameBuffers buffers = new FrameBuffers();
    AtomicBoolean done = new AtomicBoolean();
    AtomicReference<String> broken = new AtomicReference<>();
    Thread writer =
        new Thread(
            () -> {
              for (int i = 1; i <= 200_000; i++) {
                DisplayFrame slot = buffers.writeSlot();
                slot.resize(64, 1);
                java.util.Arrays.fill(slot.pixels(), (byte) i);
                slot.describe(i, 64, 1);
                buffers.publish();
              }
              done.set(true);
            });
    writer.start();
    long last = 0;
    int taken = 0;
    while (!done.get() || taken == 0) {
      DisplayFrame f = buffers.takeFresh();
      if (f == null) {
        continue;
      }
      taken++;
      byte first = f.pixels()[0];
      for (byte b : f.pixels()) {
        if (b != first || first != (byte) f.sequence()) {
          broken.set("torn frame " + f.sequence());
        }
      }
      if (f.sequence() <= last) {
        broken.set("frame " + f.sequence() + " after " + last);
      }
      last = f.sequence();
    }
    writer.join();
    assertNull(broken.get(), broken.get());
    assertTrue(taken > 0);
  }
}
