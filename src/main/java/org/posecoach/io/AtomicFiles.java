package org.posecoach.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file so that readers see either the old content or the complete new one, never a half
 * written file: the content goes to a temporary file beside the target, which is then moved over it
 * (atomically where the file system can).
 *
 * <pre>{@code
 * AtomicFiles.write(model, temp -> Files.write(temp, bytes));
 * }</pre>
 */
public final class AtomicFiles {
  /** What a file created with the usual umask (022) gets. */
  private static final String PUBLISHED_PERMISSIONS = "rw-r--r--";

  private AtomicFiles() {}

  /** Fills a temporary file; the file exists and is empty when called. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Path temp) throws IOException;
  }

  /**
   * Writes {@code target} through a temporary file in its folder, which must exist. The temporary
   * file keeps the target's extension (an encoder may pick its format by it) and is removed
   * whatever happens.
   *
   * @throws java.nio.file.NoSuchFileException if the target's folder does not exist
   */
  public static void write(Path target, Content content) throws IOException {
    Path temp = createTempBeside(target);
    try {
      content.writeTo(temp);
      move(temp, target);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * A new empty hidden file in {@code target}'s folder, {@code .NAME-RANDOM.EXT}: it keeps the
   * target's extension, and a rename onto the target stays within one file system.
   *
   * @throws java.nio.file.NoSuchFileException if the target's folder does not exist
   */
  public static Path createTempBeside(Path target) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    String name = target.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String extension = dot > 0 ? name.substring(dot) : ".tmp";
    Path temp = Files.createTempFile(folder, "." + name + "-", extension);
    // A temporary file is private to its owner; the file it becomes is as readable as any other.
    if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString(PUBLISHED_PERMISSIONS));
    }
    return temp;
  }

  /**
   * Moves a complete file over {@code target}, atomically where the file system can (a move across
   * file systems is a copy, which a reader may see half done).
   */
  public static void move(Path complete, Path target) throws IOException {
    try {
      Files.move(
          complete, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(complete, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
