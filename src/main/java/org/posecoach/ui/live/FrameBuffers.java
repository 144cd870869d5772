package org.posecoach.ui.live;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands the newest video frame from one writer thread (capture) to one reader thread (the JavaFX
 * thread) without locks and without either ever waiting: three slots, one being written, one being
 * read, and one in the middle holding the newest finished frame. The writer swaps its slot with the
 * middle one when a frame is done; the reader swaps its slot with the middle one when the middle
 * holds something new. Frames the reader had no time for are simply overwritten, so a slow screen
 * never slows the capture and a fast screen never sees a half-written frame.
 *
 * <pre>{@code
 * // capture thread
 * DisplayFrame slot = buffers.writeSlot();  … fill it …  buffers.publish();
 * // JavaFX thread, once per pulse
 * DisplayFrame fresh = buffers.takeFresh();  // null when nothing new arrived
 * }</pre>
 */
public final class FrameBuffers {
  /** The middle slot's index lives in the low bits; this bit says it holds an unread frame. */
  private static final int FRESH = 1 << 2;

  private static final int INDEX = FRESH - 1;

  private final DisplayFrame[] slots = {new DisplayFrame(), new DisplayFrame(), new DisplayFrame()};
  private final AtomicInteger middle = new AtomicInteger(1);
  private int writing = 0; // owned by the writer thread
  private int reading = 2; // owned by the reader thread

  /** The writer's slot: fill it, then {@link #publish()}. Writer thread only. */
  public DisplayFrame writeSlot() {
    return slots[writing];
  }

  /** Makes the written slot the newest frame and takes a free slot to write next. */
  public void publish() {
    writing = middle.getAndSet(writing | FRESH) & INDEX;
  }

  /**
   * The newest frame if one was published since the last call, else null. The frame stays valid,
   * unchanged, until the next call that returns non-null. Reader thread only.
   */
  public DisplayFrame takeFresh() {
    if ((middle.get() & FRESH) == 0) {
      return null;
    }
    reading = middle.getAndSet(reading) & INDEX;
    return slots[reading];
  }
}
