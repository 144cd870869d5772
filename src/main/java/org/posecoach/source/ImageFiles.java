package org.posecoach.source;

import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imread;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imwrite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.bytedeco.opencv.opencv_core.Mat;

/** Reads and writes still images with OpenCV, turning its silent failures into clear errors. */
public final class ImageFiles {
  /** Extensions OpenCV's bundled codecs read and write. */
  public static final Set<String> EXTENSIONS =
      Set.of("jpg", "jpeg", "png", "bmp", "webp", "tif", "tiff", "ppm", "pgm");

  private ImageFiles() {}

  /**
   * Reads {@code path} as a BGR 8-bit image; the caller closes the Mat.
   *
   * @throws SourceException when the file is missing or not a readable image
   */
  public static Mat readBgr(Path path) {
    if (!Files.exists(path)) {
      throw new SourceException("Image '" + path + "' does not exist.");
    }
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      throw new SourceException("Image '" + path + "' is not a readable file.");
    }
    Mat image = imread(path.toString(), IMREAD_COLOR);
    if (image == null || image.empty()) {
      if (image != null) {
        image.close();
      }
      throw new SourceException(
          "'"
              + path
              + "' is not an image that can be read (damaged, or not one of: "
              + String.join(", ", EXTENSIONS.stream().sorted().toList())
              + ").");
    }
    return image;
  }

  /** Writes {@code bgr} to {@code path}; the extension picks the format. */
  public static void write(Mat bgr, Path path) {
    checkWritable(path);
    if (!imwrite(path.toString(), bgr)) {
      throw new SourceException("Cannot write '" + path + "' (is the folder writable?).");
    }
  }

  /**
   * Checks that an image can be written to {@code path}: an image extension, an existing folder.
   *
   * @throws SourceException saying what to change
   */
  public static void checkWritable(Path path) {
    String name = path.getFileName().toString();
    String ext =
        name.contains(".")
            ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)
            : "";
    if (!EXTENSIONS.contains(ext)) {
      throw new SourceException(
          "Cannot write '" + path + "': use an image extension (png, jpg, …).");
    }
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new SourceException(
          "Cannot write '" + path + "': folder " + parent + " does not exist.");
    }
  }
}
