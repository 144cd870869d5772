package org.posecoach.render;

import java.nio.file.Path;
import org.posecoach.source.FfmpegLog;

/**
 * Renders the first frames of the demo clip in a process of its own, so that a test can read what
 * FFmpeg itself printed on stderr. Arguments: output file, {@code verbose} or {@code quiet}.
 */
public final class RenderDemoClipMain {
  private static final int FRAMES = 10;

  private RenderDemoClipMain() {}

  public static void main(String[] args) {
    FfmpegLog.verbose(args[1].equals("verbose"));
    DemoClip.render(DemoClip.frames().subList(0, FRAMES), Path.of(args[0]));
  }
}
