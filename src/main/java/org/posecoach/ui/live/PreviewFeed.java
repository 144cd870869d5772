package org.posecoach.ui.live;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.posecoach.concurrent.Threads;
import org.posecoach.source.CapturedFrame;
import org.posecoach.source.FramePool;
import org.posecoach.source.FrameSource;
import org.posecoach.source.SourceException;

/**
 * Video without pose inference, for the start screen's preview: one thread reads a source (opened,
 * and reopened at the end of a file so that it loops) through a {@link FrameTap} into {@link
 * FrameBuffers}. A source that cannot be opened or breaks ends the feed with its message.
 *
 * <pre>{@code
 * PreviewFeed preview = new PreviewFeed(() -> Sources.open(spec, options.withPaced(true)), true);
 * preview.start();  … preview.frames().takeFresh() …  preview.close();
 * }</pre>
 */
public final class PreviewFeed implements AutoCloseable {
  private final Supplier<FrameSource> opener;
  private final boolean loop;
  private final FrameBuffers buffers = new FrameBuffers();
  private final AtomicReference<String> error = new AtomicReference<>();
  private volatile long maxSize;
  private volatile boolean stopping;
  private Thread thread;

  /**
   * @param opener opens the source (called on the feed's thread, again for each loop)
   * @param loop start again at the end of the stream (files); a camera never ends
   */
  public PreviewFeed(Supplier<FrameSource> opener, boolean loop) {
    this.opener = opener;
    this.loop = loop;
  }

  public synchronized void start() {
    if (thread != null) {
      return;
    }
    thread = new Thread(this::run, "preview-capture");
    thread.setDaemon(true);
    thread.start();
  }

  public FrameBuffers frames() {
    return buffers;
  }

  /** See {@link FrameTap#requestSize}. */
  public void requestSize(int maxWidth, int maxHeight) {
    maxSize = ((long) maxWidth << Integer.SIZE) | maxHeight;
  }

  /** Why the preview stopped, if it did not stop because it was closed. */
  public Optional<String> error() {
    return Optional.ofNullable(error.get());
  }

  private void run() {
    try (FramePool pool = new FramePool()) {
      boolean again = true;
      while (again && !stopping) {
        long frames = 0;
        try (FrameTap tap = new FrameTap(opener.get(), buffers)) {
          for (CapturedFrame frame; !stopping && (frame = next(tap, pool)) != null; frames++) {
            frame.close();
          }
        }
        if (frames == 0 && !stopping) {
          throw new SourceException("The video has no frames to show.");
        }
        again = loop;
      }
    } catch (SourceException e) {
      if (!stopping) {
        error.set(e.getMessage());
      }
    } catch (RuntimeException e) {
      if (!stopping) {
        error.set(e.toString());
      }
    }
  }

  private CapturedFrame next(FrameTap tap, FramePool pool) {
    long box = maxSize;
    tap.requestSize((int) (box >>> Integer.SIZE), (int) box);
    return tap.next(pool);
  }

  /** Stops the thread and waits for it (a paced file wakes at once; a camera within a frame). */
  @Override
  public void close() {
    Thread t;
    synchronized (this) {
      stopping = true;
      t = thread;
    }
    if (t == null) {
      return;
    }
    t.interrupt();
    Threads.joinUninterruptibly(t);
  }
}
