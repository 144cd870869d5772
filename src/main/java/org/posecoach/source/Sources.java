package org.posecoach.source;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a source from what a user types: {@code camera}, {@code camera:1}, {@code /dev/video2}, a
 * folder of images, or a video file.
 */
public final class Sources {
  private Sources() {}

  public static FrameSource open(String spec, SourceOptions options) {
    FrameSource source;
    if (spec.equals("camera") || spec.startsWith("camera:") || spec.startsWith("/dev/video")) {
      String device =
          spec.equals("camera") ? "0" : spec.startsWith("camera:") ? spec.substring(7) : spec;
      source = new CameraSource(device, options);
    } else {
      Path path = Path.of(spec);
      if (Files.isDirectory(path)) {
        source = new ImageFolderSource(path, options.fps() > 0 ? options.fps() : 30);
      } else {
        source = new VideoFileSource(path);
      }
      if (options.paced()) {
        source = new PacedSource(source);
      }
    }
    return options.mirror() ? new MirroredSource(source) : source;
  }
}
