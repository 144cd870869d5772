package org.posecoach.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Opens a source from what a user types: {@code camera}, {@code camera:1}, {@code /dev/video2}, a
 * folder of images, or a video file.
 */
public final class Sources {
  private Sources() {}

  /** Like {@link #open(String, SourceOptions, Consumer)}, warnings printed to standard error. */
  public static FrameSource open(String spec, SourceOptions options) {
    return open(spec, options, warning -> System.err.println("warning: " + warning));
  }

  /**
   * The source {@code spec} names; what is skipped on the way (an unreadable image in a folder) is
   * told to {@code warnings}, a line each.
   */
  public static FrameSource open(String spec, SourceOptions options, Consumer<String> warnings) {
    FrameSource source;
    if (spec.equals("camera") || spec.startsWith("camera:") || spec.startsWith("/dev/video")) {
      String device =
          spec.equals("camera") ? "0" : spec.startsWith("camera:") ? spec.substring(7) : spec;
      source = new CameraSource(device, options);
    } else {
      Path path = Path.of(spec);
      if (Files.isDirectory(path)) {
        source = new ImageFolderSource(path, options.fps() > 0 ? options.fps() : 30, warnings);
      } else {
        source = new VideoFileSource(path, options.fullPicture());
      }
      if (options.paced()) {
        source = new PacedSource(source);
      }
    }
    return options.mirror() ? new MirroredSource(source) : source;
  }
}
