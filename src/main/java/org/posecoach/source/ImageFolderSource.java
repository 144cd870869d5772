package org.posecoach.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * The images of a folder as a clip, in natural name order ({@code frame2} before {@code frame10}),
 * at a nominal frame rate.
 */
public final class ImageFolderSource implements FrameSource {
  private final List<Path> files;
  private final SourceInfo info;
  private final long framePeriodNanos;
  private final Consumer<String> warnings;
  private int index;
  private long delivered;

  /**
   * The images of {@code folder} at {@code fps}. An image that cannot be read is skipped (a folder
   * of a thousand frames is still worth analysing without one), told to {@code warnings} in one
   * line; its time slot stays empty.
   *
   * @throws SourceException when the folder has no readable image
   */
  public ImageFolderSource(Path folder, double fps, Consumer<String> warnings) {
    this.warnings = warnings;
    if (!Files.isDirectory(folder)) {
      throw new SourceException("'" + folder + "' is not a folder.");
    }
    if (!(fps > 0 && fps <= 1000)) {
      throw new SourceException(
          "Frame rate for an image folder must be between 0 and 1000, got " + fps);
    }
    try (Stream<Path> list = Files.list(folder)) {
      files =
          list.filter(Files::isRegularFile)
              .filter(p -> ImageFiles.EXTENSIONS.contains(extension(p)))
              .sorted(
                  Comparator.comparing(p -> p.getFileName().toString(), ImageFolderSource::natural))
              .toList();
    } catch (IOException e) {
      throw new SourceException("Cannot list '" + folder + "': " + e.getMessage(), e);
    }
    if (files.isEmpty()) {
      throw new SourceException(
          "'"
              + folder
              + "' contains no images ("
              + String.join(", ", ImageFiles.EXTENSIONS.stream().sorted().toList())
              + ").");
    }
    framePeriodNanos = Math.round(1e9 / fps);
    int width = 0;
    int height = 0;
    for (Path file : files) {
      try (Mat first = ImageFiles.readBgr(file)) {
        width = first.cols();
        height = first.rows();
        break;
      } catch (SourceException e) {
        // Told when the frame is reached.
      }
    }
    if (width == 0) {
      throw new SourceException(
          "'" + folder + "' has no image this app can read; the first: " + describe(files.get(0)));
    }
    info =
        new SourceInfo(
            folder.getFileName() + "/", false, width, height, fps, 0, 0, 0, files.size(), false);
  }

  @Override
  public SourceInfo info() {
    return info;
  }

  @Override
  public CapturedFrame next(FramePool pool) {
    while (index < files.size()) {
      long captured = System.nanoTime();
      Mat image;
      try {
        image = ImageFiles.readBgr(files.get(index));
      } catch (SourceException e) {
        warnings.accept("skipped " + files.get(index).getFileName() + ": " + e.getMessage());
        index++;
        continue;
      }
      try (image) {
        CapturedFrame frame = pool.frameOf(image, delivered, index * framePeriodNanos, captured);
        index++;
        delivered++;
        return frame;
      }
    }
    return null;
  }

  private static String describe(Path file) {
    try (Mat image = ImageFiles.readBgr(file)) {
      return file.toString();
    } catch (SourceException e) {
      return e.getMessage();
    }
  }

  @Override
  public void close() {
    index = files.size();
  }

  private static String extension(Path p) {
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** Compares names with digit runs as numbers. */
  static int natural(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int si = i;
        int sj = j;
        while (i < a.length() && Character.isDigit(a.charAt(i))) {
          i++;
        }
        while (j < b.length() && Character.isDigit(b.charAt(j))) {
          j++;
        }
        String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
        String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
        int c =
            na.length() != nb.length()
                ? Integer.compare(na.length(), nb.length())
                : na.compareTo(nb);
        if (c != 0) {
          return c;
        }
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
