package org.posecoach.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.posecoach.pipeline.FrameResult;
import org.posecoach.pipeline.PipelineListener;
import org.posecoach.pipeline.PipelineSummary;
import org.posecoach.pose.Joint;
import org.posecoach.pose.Keypoint;
import org.posecoach.pose.KeypointLayout;
import org.posecoach.pose.Pose;
import org.posecoach.source.CapturedFrame;
import org.posecoach.source.SourceException;

/**
 * Writes one CSV row per processed frame: {@code frame, t_s, pose_score}, then {@code x, y, score}
 * per joint of the model's layout (empty cells where no person was found). Rows are flushed as they
 * go, so a run that fails midway keeps the frames it processed.
 */
public final class KeypointCsvWriter implements PipelineListener, AutoCloseable {
  /** Rows between flushes: about a second of video. */
  private static final int FLUSH_EVERY_ROWS = 30;

  private final BufferedWriter out;
  private final KeypointLayout layout;
  private int rows;

  public KeypointCsvWriter(Path file, KeypointLayout layout) {
    this.layout = layout;
    try {
      this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      StringBuilder header = new StringBuilder("frame,t_s,pose_score");
      for (Joint j : layout.joints()) {
        String n = j.snakeName();
        header
            .append(',')
            .append(n)
            .append("_x,")
            .append(n)
            .append("_y,")
            .append(n)
            .append("_score");
      }
      out.write(header.toString());
      out.newLine();
    } catch (IOException e) {
      throw new SourceException("Cannot write '" + file + "': " + e.getMessage(), e);
    }
  }

  @Override
  public void onFrame(CapturedFrame frame, FrameResult result) {
    StringBuilder row = new StringBuilder(32 + layout.size() * 24);
    row.append(result.sequence()).append(',').append(format(result.timestampNanos() / 1e9, 4));
    Pose pose = result.pose().orElse(null);
    row.append(',').append(pose == null ? "" : format(pose.score(), 4));
    for (int i = 0; i < layout.size(); i++) {
      if (pose == null) {
        row.append(",,,");
      } else {
        Keypoint k = pose.keypoints().get(i);
        row.append(',').append(format(k.x(), 2)).append(',').append(format(k.y(), 2));
        row.append(',').append(format(k.score(), 4));
      }
    }
    try {
      out.write(row.toString());
      out.newLine();
      if (++rows % FLUSH_EVERY_ROWS == 0) {
        out.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write keypoint CSV: " + e.getMessage(), e);
    }
  }

  @Override
  public void onEnd(PipelineSummary summary) {
    close();
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot finish keypoint CSV: " + e.getMessage(), e);
    }
  }

  private static String format(double v, int digits) {
    return String.format(Locale.ROOT, "%." + digits + "f", v);
  }
}
