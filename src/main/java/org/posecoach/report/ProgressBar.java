package org.posecoach.report;

import java.io.PrintWriter;
import java.util.Locale;
import org.posecoach.pipeline.FrameResult;
import org.posecoach.pipeline.PipelineListener;
import org.posecoach.pipeline.PipelineSummary;
import org.posecoach.source.CapturedFrame;

/**
 * Shows progress on the terminal: a bar redrawn in place when a person watches, a line per 10 %
 * when output goes to a log (CI, a pipe).
 */
public final class ProgressBar implements PipelineListener {
  private static final int WIDTH_CHARS = 30;
  private static final long REDRAW_NANOS = 200_000_000;

  private final PrintWriter out;
  private final long total;
  private final boolean interactive;
  private final long start = System.nanoTime();
  private long lastDraw;
  private int lastDecile = -1;

  /**
   * @param total frames expected, or -1 when unknown
   */
  public ProgressBar(PrintWriter out, long total, boolean interactive) {
    this.out = out;
    this.total = total;
    this.interactive = interactive;
  }

  @Override
  public void onFrame(CapturedFrame frame, FrameResult result) {
    long done = result.sequence() + 1;
    long now = System.nanoTime();
    if (interactive) {
      if (now - lastDraw >= REDRAW_NANOS) {
        lastDraw = now;
        out.print("\r" + line(done, now));
        out.flush();
      }
    } else if (total > 0) {
      int decile = (int) (10 * done / total);
      if (decile > lastDecile) {
        lastDecile = decile;
        out.println(line(done, now));
        out.flush();
      }
    }
  }

  private String line(long done, long now) {
    double fps = done / Math.max(1e-9, (now - start) / 1e9);
    if (total <= 0) {
      return String.format(Locale.ROOT, "%d frames  %.1f fps", done, fps);
    }
    double fraction = Math.min(1, (double) done / total);
    int filled = (int) Math.round(fraction * WIDTH_CHARS);
    return String.format(
        Locale.ROOT,
        "[%s%s] %3.0f%%  %d/%d frames  %.1f fps",
        "#".repeat(filled),
        "-".repeat(WIDTH_CHARS - filled),
        100 * fraction,
        done,
        total,
        fps);
  }

  @Override
  public void onEnd(PipelineSummary summary) {
    if (interactive) {
      out.print("\r" + " ".repeat(WIDTH_CHARS + 40) + "\r");
    }
    out.printf(
        Locale.ROOT,
        "%d frames in %.1f s: %.1f fps, a person in %d%n",
        summary.framesProcessed(),
        summary.wallSeconds(),
        summary.processingFps(),
        summary.framesWithPose());
    out.flush();
  }
}
