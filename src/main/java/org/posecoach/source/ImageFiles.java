package org.posecoach.source;

import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imread;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imwrite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.bytedeco.opencv.opencv_core.Mat;

/** Reads and writes still images with OpenCV, turning its silent failures into clear errors. */
public final class ImageFiles {
  /** Extensions OpenCV's bundled codecs read and write. */
  public static final Set<String> EXTENSIONS =
      Set.of("jpg", "jpeg", "png", "bmp", "webp", "tif", "tiff", "ppm", "pgm");

  /**
   * The largest image read, in pixels: 100 megapixels, past any phone or camera photo; decoded as
   * 8-bit BGR that is 300 MB already, and OpenCV's own limit (2^30) would take 3 GB.
   */
  public static final long MAX_PIXELS = 100_000_000L;

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
    checkSize(path);
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

  /**
   * Reads the image's size from its header, without decoding it, and refuses one over {@link
   * #MAX_PIXELS}. Formats Java cannot read headers of (webp) are left to the decoder.
   *
   * @throws SourceException when the image is too large, or its header is not an image's
   */
  public static void checkSize(Path path) {
    try (ImageInputStream in = ImageIO.createImageInputStream(path.toFile())) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        return;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        long width = reader.getWidth(0);
        long height = reader.getHeight(0);
        if (width * height > MAX_PIXELS) {
          throw new SourceException(
              String.format(
                  Locale.ROOT,
                  "Image '%s' is %d×%d pixels (%.0f megapixels); this app reads images up to %d"
                      + " megapixels: scale it down first.",
                  path,
                  width,
                  height,
                  width * height / 1e6,
                  MAX_PIXELS / 1_000_000));
        }
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof SourceException s) {
        throw s;
      }
      throw new SourceException(
          "'"
              + path
              + "' is not an image this app can read (its header is damaged or not an image's).",
          e);
    }
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
