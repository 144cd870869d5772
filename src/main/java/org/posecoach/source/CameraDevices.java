package org.posecoach.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Lists camera devices without opening them (Linux: {@code /dev/video*}). */
final class CameraDevices {
  private CameraDevices() {}

  static List<String> found() {
    if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
      return List.of(); // other systems offer no listing without opening each device
    }
    try (Stream<Path> dev = Files.list(Path.of("/dev"))) {
      return dev.map(Path::toString)
          .filter(p -> p.matches("/dev/video\\d+"))
          .sorted((a, b) -> ImageFolderSource.natural(a, b))
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  static String describeFound() {
    List<String> found = found();
    return found.isEmpty()
        ? "No cameras were found."
        : "Cameras found: " + String.join(", ", found) + ".";
  }
}
