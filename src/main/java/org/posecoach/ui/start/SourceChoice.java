package org.posecoach.ui.start;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One way to get video, as offered on the start screen.
 *
 * @param kind a camera, a video file, or the bundled demo clip
 * @param label what the user reads
 * @param spec what {@link org.posecoach.source.Sources#open} takes ({@code /dev/video0}, a file);
 *     empty for the demo clip, which is rendered on first use
 */
public record SourceChoice(Kind kind, String label, String spec) {
  public enum Kind {
    CAMERA,
    FILE,
    DEMO
  }

  public SourceChoice {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(spec, "spec");
  }

  public static SourceChoice camera(String device) {
    return new SourceChoice(Kind.CAMERA, "Camera " + device, device);
  }

  public static SourceChoice file(Path file) {
    return new SourceChoice(Kind.FILE, "Video: " + file.getFileName(), file.toString());
  }

  public static final SourceChoice DEMO =
      new SourceChoice(Kind.DEMO, "Demo clip (6 slow cat-camels)", "");

  /** Whether frames come in real time (a camera) rather than being played (a file). */
  public boolean live() {
    return kind == Kind.CAMERA;
  }

  @Override
  public String toString() {
    return label;
  }
}
